import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAgencyForEdit } from "@/lib/queries/admin-agencies";
import { listCountries } from "@/lib/queries/admin-options";
import { FormAlert } from "../../../_components/fields";
import { parseId } from "../../../_lib/params";
import { AgencyForm } from "./agency-form";

export const metadata: Metadata = { title: "تعديل جهة" };

export default async function EditAgency({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const [agency, countries, sp] = await Promise.all([getAgencyForEdit(id), listCountries(), searchParams]);
  if (!agency) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">تعديل الجهة: {agency.nameAr}</h1>
      <p className="text-sm text-muted">
        <Link href={`/agencies/${agency.slug}`}>الصفحة العامة</Link> ·{" "}
        <Link href={`/admin/audit?entity=Agency&entityId=${agency.id}`}>سجل تغييراتها</Link>
      </p>
      {sp.saved === "1" && <FormAlert tone="info" message="حُفظت التعديلات." />}
      <AgencyForm
        key={agency.updatedAt.toISOString()}
        countries={countries}
        initial={{
          id: String(agency.id),
          nameAr: agency.nameAr,
          nameEn: agency.nameEn ?? "",
          kind: agency.kind,
          country: agency.country ?? "",
          aliases: agency.aliases.map((a) => ({ id: String(a.id), alias: a.alias })),
          newAliases: "",
        }}
      />
    </div>
  );
}
