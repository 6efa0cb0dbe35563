import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth";
import { signOutAction } from "./sign-out-action";

export const metadata: Metadata = { title: { default: "الإدارة", template: "%s — الإدارة" }, robots: { index: false } };

const LINKS = [
  { href: "/admin", label: "اللوحة" },
  { href: "/admin/review", label: "المراجعة" },
  { href: "/admin/meetings", label: "اللقاءات" },
  { href: "/admin/officials", label: "المسؤولون" },
  { href: "/admin/agencies", label: "الجهات" },
  { href: "/admin/events", label: "الأحداث المرجعية" },
  { href: "/admin/articles", label: "المقالات" },
  { href: "/admin/articles/new", label: "مقال جديد" },
  { href: "/admin/audit", label: "سجل التغييرات" },
];

// The layout guard is for comfort (no flash of an admin page); every action checks again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  return (
    <div>
      <nav
        aria-label="تنقل الإدارة"
        className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 pb-3 text-sm"
      >
        {LINKS.map((l) => (
          <Link key={l.href} href={l.href}>
            {l.label}
          </Link>
        ))}
        <span className="ms-auto text-muted" dir="ltr">
          {user.email}
        </span>
        <form action={signOutAction}>
          <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100">
            خروج
          </button>
        </form>
      </nav>
      {children}
    </div>
  );
}
