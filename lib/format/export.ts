// The exported shapes of a meeting: JSON document, CSV row, Atom entry. One place, so that the
// three formats say the same thing and the README documents one list of fields.
import type { ExportMeeting } from "../queries/timeline";
import type { AtomEntry } from "./atom";
import { formatList, formatMeetingDate, meetingHijri, REVIEW_LABELS, SIDE_LABELS, STATUS_LABELS } from "./index";

/**
 * JSON export, one object per meeting:
 * - id, url: the meeting and its permalink
 * - dateStart, dateEnd: "YYYY-MM-DD" or null; precision: day | range | month | year | approximate | unknown
 * - dateLabel: the date as the site shows it («منتصف ديسمبر 2020 (تقريبي)»); hijri: Hijri date when the day is known, else null
 * - dateText: the date phrase as written; dateExplanation: how it was resolved
 * - place: as written, or null; country: ISO 3166-1 alpha-2 of the place, or null
 * - status: held | planned; reviewStatus: machine | reviewed
 * - topics: short phrases
 * - participants[]: { side: host | guest | other, official: { slug, nameAr, nameEn, url } | null, roleText }
 * - sources[]: { articleId, url (article page), title, source (outlet), published ("YYYY-MM-DD" or null), originalUrl }
 * - createdAt, updatedAt: ISO timestamps
 */
export function meetingToJson(m: ExportMeeting, site: string) {
  return {
    id: m.id,
    url: new URL(`/meetings/${m.id}`, site).toString(),
    dateStart: m.dateStart,
    dateEnd: m.dateEnd,
    precision: m.precision,
    dateLabel: formatMeetingDate(m.dateStart, m.dateEnd, m.precision),
    hijri: meetingHijri(m.dateStart, m.dateEnd, m.precision),
    dateText: m.dateText,
    dateExplanation: m.dateExplanation,
    place: m.place,
    country: m.country,
    status: m.status,
    reviewStatus: m.reviewStatus,
    topics: m.topics,
    participants: m.participants.map((p) => ({
      side: p.side,
      official: p.official
        ? {
            slug: p.official.slug,
            nameAr: p.official.nameAr,
            nameEn: p.official.nameEn,
            url: new URL(`/officials/${p.official.slug}`, site).toString(),
          }
        : null,
      roleText: p.roleText,
    })),
    sources: m.sources.map((s) => ({
      articleId: s.articleId,
      url: new URL(`/articles/${s.articleId}`, site).toString(),
      title: s.title,
      source: s.source,
      published: s.published,
      originalUrl: s.url,
    })),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export const CSV_HEADER = [
  "id",
  "url",
  "date_start",
  "date_end",
  "precision",
  "date_label",
  "hijri",
  "date_text",
  "place",
  "country",
  "status",
  "review_status",
  "participants",
  "participant_slugs",
  "hosts",
  "topics",
  "source_article_ids",
  "sources",
];

function participantName(p: ExportMeeting["participants"][number]): string {
  return p.official?.nameAr ?? p.roleText ?? "";
}

/** Lists inside a cell are joined with « | » (a character Arabic text does not use). */
export function meetingToCsvRow(m: ExportMeeting, site: string): (string | number | null)[] {
  return [
    m.id,
    new URL(`/meetings/${m.id}`, site).toString(),
    m.dateStart,
    m.dateEnd,
    m.precision,
    formatMeetingDate(m.dateStart, m.dateEnd, m.precision),
    meetingHijri(m.dateStart, m.dateEnd, m.precision),
    m.dateText,
    m.place,
    m.country,
    m.status,
    m.reviewStatus,
    m.participants.map(participantName).join(" | "),
    m.participants.map((p) => p.official?.slug ?? "").join(" | "),
    m.participants
      .filter((p) => p.side === "host")
      .map(participantName)
      .join(" | "),
    m.topics.join(" | "),
    m.sources.map((s) => s.articleId).join(" | "),
    m.sources.map((s) => s.source ?? s.title ?? "").join(" | "),
  ];
}

export function meetingTitle(
  m: Pick<ExportMeeting, "participants" | "status" | "dateStart" | "dateEnd" | "precision">,
): string {
  const who = formatList(m.participants.map(participantName).filter(Boolean));
  return `${m.status === "planned" ? "لقاء مرتقب" : "لقاء"} ${who} — ${formatMeetingDate(m.dateStart, m.dateEnd, m.precision)}`;
}

export function meetingToAtomEntry(m: ExportMeeting, site: string): AtomEntry {
  const url = new URL(`/meetings/${m.id}`, site).toString();
  const lines = [
    `التاريخ: ${formatMeetingDate(m.dateStart, m.dateEnd, m.precision)}${m.dateText ? ` («${m.dateText}»)` : ""}`,
    `المشاركون: ${m.participants.map((p) => `${participantName(p)} (${SIDE_LABELS[p.side] ?? p.side})`).join("، ")}`,
    m.place ? `المكان: ${m.place}` : null,
    m.topics.length ? `المواضيع: ${m.topics.join("، ")}` : null,
    `الحالة: ${STATUS_LABELS[m.status] ?? m.status} · ${REVIEW_LABELS[m.reviewStatus] ?? m.reviewStatus}`,
    `المصادر: ${m.sources.map((s) => s.source ?? s.title ?? `مقال ${s.articleId}`).join("، ")}`,
  ];
  return {
    id: url,
    title: meetingTitle(m),
    link: url,
    updated: m.updatedAt,
    published: m.createdAt,
    summary: lines.filter(Boolean).join("\n"),
    categories: m.topics,
  };
}
