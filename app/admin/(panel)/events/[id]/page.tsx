import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatTimestamp, parseStringList } from "@/lib/format";
import { getEventForEdit } from "@/lib/queries/admin-events";
import { listCountries } from "@/lib/queries/admin-options";
import { EVENT_ORIGIN_LABELS } from "@/lib/schemas/event-form";
import { FormAlert } from "../../../_components/fields";
import { parseId } from "../../../_lib/params";
import { EventForm } from "../event-form";
import { ApplyEventForm } from "./apply-event-form";
import { DeleteEventForm } from "./delete-event-form";

export const metadata: Metadata = { title: "تعديل حدث مرجعي" };

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; created?: string; applied?: string; plan?: string }>;
}) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const [event, countries, sp] = await Promise.all([getEventForEdit(id), listCountries(), searchParams]);
  if (!event) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">تعديل الحدث: {event.nameAr}</h1>
        <p className="text-sm text-muted">
          <span dir="ltr">{event.slug}</span> · {EVENT_ORIGIN_LABELS[event.origin] ?? event.origin}
          {event.correctedAt && <> · صحَّحه مشرف: {formatTimestamp(event.correctedAt)}</>} ·{" "}
          <Link href={`/admin/audit?entity=KnowledgeEvent&entityId=${event.id}`}>سجل تغييراته</Link>
        </p>
        <p className="mt-1 text-sm text-muted">
          يُستعمل التعديل في المقالات التي تُضاف بعد الحفظ؛ ولتأريخ اللقاءات المحفوظة به استعمل «تطبيق على المقالات
          المخزنة» أسفل الصفحة.
        </p>
      </div>
      {sp.created === "1" && <FormAlert tone="info" message="أُضيف الحدث." />}
      {sp.saved === "1" && <FormAlert tone="info" message="حُفظت التعديلات." />}
      {sp.saved === "0" && <FormAlert tone="info" message="لا تغيير لحفظه." />}
      {sp.applied && /^[1-9]\d*$/.test(sp.applied) && (
        <FormAlert
          tone="info"
          message={`طُبِّق الحدث على المقالات المخزنة: تغيّر ${sp.applied} من تواريخ اللقاءات كما تذكرها المقالات.`}
        />
      )}
      <EventForm
        key={event.updatedAt.toISOString()}
        countries={countries}
        initial={{
          id: String(event.id),
          nameAr: event.nameAr,
          nameEn: event.nameEn ?? "",
          start: event.start,
          end: event.end ?? "",
          country: event.country ?? "",
          aliases: parseStringList(event.aliases).join("\n"),
        }}
      />
      <ApplyEventForm key={`apply-${sp.plan ?? ""}`} id={event.id} />
      {event.origin === "admin" ? (
        <DeleteEventForm id={event.id} name={event.nameAr} />
      ) : (
        <p className="text-sm text-muted">
          لا يُحذف هذا الحدث لأنه من ملف المعرفة: يعيده تحميل المعرفة التالي. صحِّح تواريخه أو أسماءه بدلًا من ذلك.
        </p>
      )}
    </div>
  );
}
