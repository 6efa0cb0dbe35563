// Reads for the admin's meeting screens. Unlike lib/queries/meetings.ts (public pages), these
// include soft-deleted and rejected meetings.
import "server-only";
import { getDb, type Db } from "../db";
import { parseList } from "../mutations/audit";

const PAGE = 50;

export async function listMeetingsForAdmin(page: number, show: "all" | "deleted" | "active", db: Db = getDb()) {
  const where = show === "deleted" ? { deletedAt: { not: null } } : show === "active" ? { deletedAt: null } : {};
  const [rows, total] = await Promise.all([
    db.meeting.findMany({
      where,
      orderBy: [{ sortKey: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        dateStart: true,
        dateEnd: true,
        precision: true,
        place: true,
        reviewStatus: true,
        deletedAt: true,
        participants: {
          orderBy: { position: "asc" },
          select: { roleText: true, official: { select: { nameAr: true } } },
        },
      },
    }),
    db.meeting.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

/** What the edit page shows beside the form: how the date was read, and the sentences that report the meeting. */
export async function getMeetingEvidence(id: number, db: Db = getDb()) {
  return db.meeting.findUnique({
    where: { id },
    select: {
      dateStart: true,
      dateEnd: true,
      precision: true,
      dateText: true,
      dateExplanation: true,
      deletedAt: true,
      evidence: {
        where: { kind: "meeting" },
        orderBy: { id: "asc" },
        select: { id: true, text: true, article: { select: { id: true, title: true } } },
      },
    },
  });
}

/**
 * The meeting edit form's values as the form posts them (strings, dotted row names). Read by the
 * page (initial values) and by the save action (a conflict re-bases the form on current values).
 */
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

export async function getMeetingFormValues(id: number, db: Db = getDb()): Promise<MeetingRawValues | null> {
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
