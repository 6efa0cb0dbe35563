import Link from "next/link";
import { connection } from "next/server";

// Rendered per request, never prerendered: the CSP (proxy.ts) allows only scripts carrying the
// request's nonce, and a static /_not-found page would ship scripts without one (blocked).
export default async function NotFound() {
  await connection();
  return (
    <div className="py-12 text-center">
      <h1 className="mb-2 text-2xl font-bold">الصفحة غير موجودة</h1>
      <p className="mb-4 text-muted">لم نعثر على ما تبحث عنه. ربما حُذف أو أن الرابط غير صحيح.</p>
      <Link href="/">العودة إلى الخط الزمني</Link>
    </div>
  );
}
