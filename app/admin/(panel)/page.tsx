import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { getDashboardCounts } from "@/lib/queries/admin-dashboard";

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ forbidden?: string }> }) {
  const [counts, { forbidden }] = await Promise.all([getDashboardCounts(), searchParams]);
  const items = [
    { label: "لقاءات تنتظر المراجعة", value: counts.machineMeetings, href: "/admin/review" },
    { label: "مسؤولون ينتظرون المراجعة", value: counts.machineOfficials, href: "/admin/review" },
    { label: "اللقاءات", value: counts.meetings, href: "/admin/meetings" },
    { label: "المسؤولون", value: counts.officials, href: "/admin/officials" },
    { label: "المقالات", value: counts.articles, href: "/admin/articles" },
    { label: "سجل التغييرات", value: counts.audit, href: "/admin/audit" },
  ];
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">لوحة الإدارة</h1>
      {forbidden && (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3">
          هذه العملية للمديرين فقط.
        </p>
      )}
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {items.map((i) => (
          <li key={i.label}>
            <Link
              href={i.href}
              className="block rounded-lg border border-stone-200 bg-white p-4 no-underline hover:border-accent"
            >
              <span className="block text-2xl font-bold text-ink">{formatNumber(i.value)}</span>
              <span className="text-sm text-muted">{i.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
