import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getAdminOrNull } from "@/lib/auth";
import { getOfficialForEdit } from "@/lib/queries/admin-officials";
import { listCountries, listOfficialChoices, listPositions } from "@/lib/queries/admin-options";
import { FormAlert } from "../../../_components/fields";
import { parseId } from "../../../_lib/params";
import { MergeForm } from "./merge-form";
import { OfficialForm, type OfficialRawValues } from "./official-form";

export const metadata: Metadata = { title: "تعديل مسؤول" };

export default async function EditOfficial({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; merged?: string }>;
}) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const [official, countries, positions, options, sp, user] = await Promise.all([
    getOfficialForEdit(id),
    listCountries(),
    listPositions(),
    listOfficialChoices(),
    searchParams,
    getAdminOrNull(),
  ]);
  if (!official) notFound();
  if (official.mergedInto) redirect(`/admin/officials/${official.mergedInto.id}`);
  const initial: OfficialRawValues = {
    id: String(official.id),
    nameAr: official.nameAr,
    nameEn: official.nameEn ?? "",
    country: official.country ?? "",
    gender: official.gender ?? "",
    reviewStatus: official.reviewStatus,
    aliases: official.aliases.map((a) => ({ id: String(a.id), alias: a.alias, origin: a.origin })),
    newAliases: "",
    tenures: official.tenures.map((t) => ({
      id: String(t.id),
      positionId: String(t.positionId),
      from: t.from ?? "",
      to: t.to ?? "",
    })),
  };
  const positionOptions = positions.map((p) => ({
    id: p.id,
    label: p.agency ? `${p.titleAr} — ${p.agency.nameAr}` : p.titleAr,
  }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">تعديل المسؤول: {official.nameAr}</h1>
        <p className="text-sm text-muted">
          <Link href={`/officials/${official.slug}`}>الصفحة العامة</Link> ·{" "}
          <Link href={`/admin/audit?entity=Official&entityId=${official.id}`}>سجل تغييراته</Link>
        </p>
      </div>
      {sp.saved === "1" && <FormAlert tone="info" message="حُفظت التعديلات." />}
      {sp.saved === "0" && <FormAlert tone="info" message="لا تغيير لحفظه." />}
      {sp.merged && <FormAlert tone="info" message="تم الدمج." />}
      <OfficialForm
        key={official.updatedAt.toISOString()}
        initial={initial}
        countries={countries}
        positions={positionOptions}
      />
      {user?.role === "admin" && (
        <MergeForm
          key={`merge-${official.updatedAt.toISOString()}`}
          survivorId={official.id}
          options={options
            .filter((o) => o.id !== official.id)
            .map((o) => ({ id: o.id, label: `${o.nameAr}${o.country ? ` (${o.country})` : ""} #${o.id}` }))}
        />
      )}
    </div>
  );
}
