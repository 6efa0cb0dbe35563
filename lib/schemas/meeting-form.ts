import { z } from "zod";
import {
  checkbox,
  countryCode,
  idField,
  lines,
  optionalDay,
  optionalId,
  optionalText,
  reviewStatus,
} from "./form-state";

export const PRECISIONS = ["day", "range", "month", "year", "approximate", "unknown"] as const;
export const STATUSES = ["held", "planned"] as const;
export const SIDES = ["host", "guest", "other"] as const;

export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = { held: "انعقد", planned: "مرتقب" };
export const SIDE_LABELS: Record<(typeof SIDES)[number], string> = { host: "مضيف", guest: "ضيف", other: "مشارك" };

export const MEETING_LABELS = {
  dateStart: "بداية التاريخ",
  dateEnd: "نهاية التاريخ",
  precision: "دقة التاريخ",
  place: "المكان",
  country: "البلد",
  status: "الحالة",
  topics: "المواضيع (واحد في كل سطر)",
  reviewStatus: "حالة المراجعة",
  participants: "المشاركون",
  addOfficial: "إضافة مشارك",
  addSide: "صفة المشارك المضاف",
} as const;

const side = z.enum(SIDES, { error: "اختر الصفة" });

export const meetingFormSchema = z
  .object({
    id: idField(),
    version: idField("رقم النسخة"),
    /** The values the editor loaded, echoed back so a conflict can say what someone else changed. */
    base: z.string().max(100_000).optional(),
    dateStart: optionalDay(MEETING_LABELS.dateStart),
    dateEnd: optionalDay(MEETING_LABELS.dateEnd),
    precision: z.enum(PRECISIONS, { error: "اختر دقة التاريخ" }),
    place: optionalText(MEETING_LABELS.place, 200),
    country: countryCode,
    status: z.enum(STATUSES, { error: "اختر حالة اللقاء" }),
    topics: lines("المواضيع", 200, 30),
    reviewStatus,
    participants: z.array(z.object({ id: idField("المشارك"), side, remove: checkbox })).default([]),
    add: z
      .object({ officialId: optionalId("المسؤول"), side: side.optional().default("guest") })
      .default({ officialId: null, side: "guest" }),
  })
  .superRefine((m, ctx) => {
    if (m.precision !== "unknown" && !m.dateStart) {
      ctx.addIssue({ code: "custom", path: ["dateStart"], message: "أدخل بداية التاريخ أو اختر «غير معروف» للدقة" });
    }
    if (m.precision === "range" && !m.dateEnd) {
      ctx.addIssue({ code: "custom", path: ["dateEnd"], message: "المدة تحتاج تاريخ نهاية" });
    }
    if (m.precision === "day" && m.dateEnd && m.dateEnd !== m.dateStart) {
      ctx.addIssue({ code: "custom", path: ["dateEnd"], message: "يوم واحد: اترك النهاية فارغة أو اختر «مدة»" });
    }
    if (m.dateStart && m.dateEnd && m.dateEnd < m.dateStart) {
      ctx.addIssue({ code: "custom", path: ["dateEnd"], message: "النهاية قبل البداية" });
    }
    const kept = m.participants.filter((p) => !p.remove).length + (m.add.officialId ? 1 : 0);
    if (kept === 0) {
      ctx.addIssue({ code: "custom", path: ["participants"], message: "يحتاج اللقاء مشاركًا واحدًا على الأقل" });
    }
  });

export type MeetingFormInput = z.input<typeof meetingFormSchema>;
export type MeetingFormData = z.output<typeof meetingFormSchema>;

export const meetingDeleteSchema = z.object({
  id: idField(),
  version: idField("رقم النسخة"),
});
