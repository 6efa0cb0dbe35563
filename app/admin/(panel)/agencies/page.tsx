import type { Metadata } from "next";
import Link from "next/link";
import { listAgenciesForAdmin } from "@/lib/queries/admin-agencies";
import { AGENCY_KIND_LABELS } from "@/lib/schemas/agency-form";

export const metadata: Metadata = { title: "الجهات" };

export default async function AgenciesAdmin({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 100) : "";
  const rows = await listAgenciesForAdmin(q || undefined);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">الجهات</h1>
      <form method="get" role="search" className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          ابحث بالاسم
        </label>
        <input id="q" name="q" defaultValue={q} className="flex-1 rounded-md border border-stone-300 px-3 py-2" />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-white">
          بحث
        </button>
      </form>
      <ul className="divide-y divide-stone-100 bg-white">
        {rows.map((a) => (
          <li key={a.id} className="flex gap-3 p-2">
            <Link href={`/admin/agencies/${a.id}`}>{a.nameAr}</Link>
            <span className="text-sm text-muted">
              {AGENCY_KIND_LABELS[a.kind as keyof typeof AGENCY_KIND_LABELS] ?? a.kind} · {a.country ?? "—"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
