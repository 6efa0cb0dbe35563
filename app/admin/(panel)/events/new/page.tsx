import type { Metadata } from "next";
import { listCountries } from "@/lib/queries/admin-options";
import { EventForm } from "../event-form";

export const metadata: Metadata = { title: "حدث مرجعي جديد" };

export default async function NewEventPage() {
  const countries = await listCountries();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">حدث مرجعي جديد</h1>
      <p className="text-muted">
        حدث عام معروف التاريخ تؤرِّخ به المقالات لقاءاتها («أسبوعًا بعد …»، «على هامش …»). يستعمله المستخرِج في المقالات
        التي تُضاف بعد الحفظ.
      </p>
      <EventForm
        countries={countries}
        initial={{ id: "", nameAr: "", nameEn: "", start: "", end: "", country: "", aliases: "" }}
      />
    </div>
  );
}
