// The meeting edit form's values as the form posts them (strings, dotted row names). Shared by
// the page (initial values) and the save action (a conflict re-bases the form on current values).
import "server-only";
import type { Db } from "@/lib/db";
import { parseList } from "@/lib/mutations/audit";

export interface MeetingRawValues {
  id: string;
  version: string;
  base?: string;
  dateStart: string;
  dateEnd: string;
  precision: string;
  place: string;
  country: string;
  status: string;
  topics: string;
  reviewStatus: string;
  participants: { id: string; side: string; remove?: string; name?: string }[];
  add?: { officialId?: string; side?: string };
}

export async function loadMeetingFormValues(db: Db, id: number): Promise<MeetingRawValues | null> {
  const m = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      dateStart: true,
      dateEnd: true,
      precision: true,
      place: true,
      country: true,
      status: true,
      topics: true,
      reviewStatus: true,
      participants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, side: true, roleText: true, official: { select: { nameAr: true } } },
      },
    },
  });
  if (!m) return null;
  return {
    id: String(m.id),
    version: String(m.version),
    dateStart: m.dateStart ?? "",
    dateEnd: m.dateEnd ?? "",
    precision: m.precision,
    place: m.place ?? "",
    country: m.country ?? "",
    status: m.status,
    topics: parseList(m.topics).join("\n"),
    reviewStatus: m.reviewStatus,
    participants: m.participants.map((p) => ({
      id: String(p.id),
      side: p.side,
      name: p.official?.nameAr ?? (p.roleText ? `${p.roleText} (صفة دون اسم)` : "مشارك غير معروف"),
    })),
  };
}

const SCALARS = ["dateStart", "dateEnd", "precision", "place", "country", "status", "topics", "reviewStatus"] as const;

export interface ConflictChange {
  field: string;
  base: string;
  theirs: string;
  /** The editor changed this field too, to something else: their value is kept, and shown. */
  both: boolean;
}

const norm = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : "");

/**
 * Three-way merge after a stale save: fields only the other admin changed take the new value,
 * fields only this editor changed keep what they typed, fields both changed keep what they
 * typed and are flagged. Nothing either admin wrote is dropped from view.
 */
export function rebaseMeetingValues(yours: Partial<MeetingRawValues>, base: Partial<MeetingRawValues> | null, theirs: MeetingRawValues) {
  const b = base ?? theirs;
  const values: MeetingRawValues = { ...theirs, base: JSON.stringify({ ...theirs, base: undefined }) };
  const changes: ConflictChange[] = [];
  for (const f of SCALARS) {
    const mine = norm(yours[f]);
    const was = norm(b[f]);
    const now = norm(theirs[f]);
    if (mine !== was) values[f] = yours[f] ?? "";
    if (now !== was) changes.push({ field: f, base: was, theirs: now, both: mine !== was && mine !== now });
  }
  const baseRows = new Map((b.participants ?? []).map((p) => [p.id, p]));
  const yourRows = new Map((yours.participants ?? []).map((p) => [p.id, p]));
  values.participants = theirs.participants.map((p) => {
    const y = yourRows.get(p.id);
    const was = baseRows.get(p.id);
    if (!y) return p;
    const side = was && y.side !== was.side ? y.side : p.side;
    return { ...p, side, ...(y.remove ? { remove: y.remove } : {}) };
  });
  const participantsText = (rows: MeetingRawValues["participants"] | undefined) =>
    (rows ?? []).map((p) => `${p.name ?? p.id} (${p.side})`).join("، ");
  const baseText = participantsText(b.participants);
  const theirText = participantsText(theirs.participants);
  if (baseText !== theirText) changes.push({ field: "participants", base: baseText, theirs: theirText, both: false });
  if (yours.add?.officialId) values.add = yours.add;
  return { values, changes };
}
