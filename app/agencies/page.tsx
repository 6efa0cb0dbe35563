import type { Metadata } from "next";
import Link from "next/link";
import { AGENCY_FORMS, countLabel, OFFICIAL_FORMS } from "@/lib/format";
import { listAgencies } from "@/lib/queries/agencies";
import { pageMetadata } from "../_components/page-meta";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const agencies = await listAgencies();
  return pageMetadata({
    title: `الجهات — ${countLabel(agencies.length, AGENCY_FORMS)}`,
    description: "الهيئات والمؤسسات التي يشغل مسؤولوها المناصب الواردة في اللقاءات.",
    path: "/agencies",
  });
}

export default async function AgenciesPage() {
  const agencies = await listAgencies();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">الجهات</h1>
      <p className="mb-4 font-bold">{countLabel(agencies.length, AGENCY_FORMS)}</p>
      {agencies.length === 0 ? (
        <p className="rounded border border-dashed border-stone-400 p-6 text-center text-muted">لا جهات بعد.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {agencies.map((a) => (
            <li key={a.id} className="rounded border border-stone-200 bg-white p-3">
              <Link href={`/agencies/${a.slug}`} className="font-bold">
                {a.nameAr}
              </Link>
              {a.nameEn && (
                <span lang="en" dir="ltr" className="ms-2 text-sm text-muted">
                  {a.nameEn}
                </span>
              )}
              <p className="text-sm">{countLabel(a.officials, OFFICIAL_FORMS)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
