// After a stale save, the meeting form is re-based on the current values (read by
// lib/queries/admin-meetings getMeetingFormValues). Pure: no database here.
import type { MeetingRawValues } from "@/lib/queries/admin-meetings";
import type { MeetingConflictChange } from "./meeting-form-state";

const SCALARS = ["dateStart", "dateEnd", "precision", "place", "country", "status", "topics", "reviewStatus"] as const;

const norm = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : "");

/**
 * Three-way merge after a stale save: fields only the other admin changed take the new value,
 * fields only this editor changed keep what they typed, fields both changed keep what they
 * typed and are flagged. Nothing either admin wrote is dropped from view.
 */
export function rebaseMeetingValues(
  yours: Partial<MeetingRawValues>,
  base: Partial<MeetingRawValues> | null,
  theirs: MeetingRawValues,
) {
  const b = base ?? theirs;
  const values: MeetingRawValues = { ...theirs, base: JSON.stringify({ ...theirs, base: undefined }) };
  const changes: MeetingConflictChange[] = [];
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
