import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatMeetingDate } from "@/lib/format";
import { getMeetingEvidence, getMeetingFormValues } from "@/lib/queries/admin-meetings";
import { listOfficialChoices } from "@/lib/queries/admin-options";
import { FormAlert } from "../../../_components/fields";
import { parseId } from "../../../_lib/params";
import { DeleteMeetingForm } from "./delete-meeting-form";
import { MeetingForm } from "./meeting-form";
import { DateExplanation } from "@/app/_components/explanation";

export const metadata: Metadata = { title: "تعديل لقاء" };

export default async function EditMeeting({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; deleted?: string }>;
}) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const [values, meta, officials, sp] = await Promise.all([
    getMeetingFormValues(id),
    getMeetingEvidence(id),
    listOfficialChoices(),
    searchParams,
  ]);
  if (!values || !meta) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">تعديل اللقاء {id}</h1>
        <p className="text-sm text-muted">
          {formatMeetingDate(meta.dateStart, meta.dateEnd, meta.precision)} ·{" "}
          <Link href={`/meetings/${id}`}>الصفحة العامة</Link> ·{" "}
          <Link href={`/admin/audit?entity=Meeting&entityId=${id}`}>سجل تغييراته</Link>
        </p>
      </div>
      {sp.saved === "1" && <FormAlert tone="info" message="حُفظت التعديلات." />}
      {sp.saved === "0" && <FormAlert tone="info" message="لا تغيير لحفظه." />}
      {meta.deletedAt && (
        <FormAlert
          tone="info"
          message="هذا اللقاء محذوف (ليس لقاءً): لا يظهر في الموقع. للتراجع استعمل سجل التغييرات."
        />
      )}
      <section aria-labelledby="evidence-h" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="evidence-h" className="mb-2 text-lg font-bold">
          الدليل من المقالات
        </h2>
        <ul className="space-y-2">
          {meta.evidence.map((e) => (
            <li key={e.id}>
              <mark className="evidence">{e.text}</mark>{" "}
              <Link href={`/admin/articles/${e.article.id}`} className="text-sm">
                {e.article.title ?? `مقال ${e.article.id}`}
              </Link>
            </li>
          ))}
        </ul>
        {meta.dateText && (
          <p className="mt-2 text-sm text-muted">
            عبارة التاريخ: «{meta.dateText}» — <DateExplanation text={meta.dateExplanation ?? ""} />
          </p>
        )}
      </section>
      <MeetingForm
        key={values.version}
        initial={values}
        officials={officials.map((o) => ({ id: o.id, label: `${o.nameAr}${o.country ? ` (${o.country})` : ""}` }))}
      />
      {!meta.deletedAt && <DeleteMeetingForm key={`d-${values.version}`} id={id} version={Number(values.version)} />}
    </div>
  );
}
