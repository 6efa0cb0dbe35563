// Reads for the admin screens. The public data layer (lib/queries) selects what public pages
// render; these select what the edit forms need, including rows the public never sees
// (rejected, merged, soft-deleted).
import "server-only";
import { getDb } from "@/lib/db";

const PAGE = 50;

export async function listCountries() {
  return getDb().country.findMany({ orderBy: { nameAr: "asc" }, select: { code: true, nameAr: true } });
}

export async function listPositions() {
  return getDb().position.findMany({
    orderBy: { titleAr: "asc" },
    select: { id: true, titleAr: true, country: true, agency: { select: { nameAr: true } } },
  });
}

/** Officials an admin can pick (participants, merge): not merged away. */
export async function listOfficialOptions() {
  return getDb().official.findMany({
    where: { mergedIntoId: null },
    orderBy: { nameAr: "asc" },
    select: { id: true, nameAr: true, country: true, reviewStatus: true },
  });
}

export async function listOfficials(q: string | undefined, page: number) {
  const where = q ? { OR: [{ nameAr: { contains: q } }, { nameEn: { contains: q } }, { aliases: { some: { alias: { contains: q } } } }] } : {};
  const [rows, total] = await Promise.all([
    getDb().official.findMany({
      where,
      orderBy: [{ nameAr: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        slug: true,
        nameAr: true,
        nameEn: true,
        country: true,
        reviewStatus: true,
        mergedIntoId: true,
        _count: { select: { participations: true } },
      },
    }),
    getDb().official.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export async function getOfficialForEdit(id: number) {
  return getDb().official.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      country: true,
      gender: true,
      reviewStatus: true,
      origin: true,
      corrected: true,
      updatedAt: true,
      mergedInto: { select: { id: true, nameAr: true } },
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true, origin: true } },
      tenures: { orderBy: { id: "asc" }, select: { id: true, positionId: true, from: true, to: true, origin: true } },
      _count: { select: { participations: true, mentions: true } },
    },
  });
}

export async function listAgencies(q: string | undefined) {
  return getDb().agency.findMany({
    where: q ? { OR: [{ nameAr: { contains: q } }, { nameEn: { contains: q } }] } : {},
    orderBy: { nameAr: "asc" },
    take: 200,
    select: { id: true, slug: true, nameAr: true, nameEn: true, country: true, kind: true },
  });
}

export async function getAgencyForEdit(id: number) {
  return getDb().agency.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      kind: true,
      country: true,
      corrected: true,
      updatedAt: true,
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true, origin: true } },
    },
  });
}

export async function listArticles(page: number) {
  const [rows, total] = await Promise.all([
    getDb().article.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: { id: true, title: true, source: true, published: true, _count: { select: { sources: true } } },
    }),
    getDb().article.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export async function getArticleForEdit(id: number) {
  return getDb().article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      source: true,
      url: true,
      published: true,
      publishedBy: true,
      corrected: true,
      updatedAt: true,
      file: true,
      sources: {
        orderBy: { meetingId: "asc" },
        select: { meetingId: true, dateStart: true, dateEnd: true, precision: true, dateText: true, dateDependsOnPublished: true },
      },
    },
  });
}

export async function listMeetings(page: number, show: "all" | "deleted" | "active") {
  const where = show === "deleted" ? { deletedAt: { not: null } } : show === "active" ? { deletedAt: null } : {};
  const [rows, total] = await Promise.all([
    getDb().meeting.findMany({
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
        participants: { orderBy: { position: "asc" }, select: { roleText: true, official: { select: { nameAr: true } } } },
      },
    }),
    getDb().meeting.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export async function getDashboardCounts() {
  const db = getDb();
  const [machineMeetings, machineOfficials, meetings, officials, articles, audit] = await Promise.all([
    db.meeting.count({ where: { reviewStatus: "machine", deletedAt: null } }),
    db.official.count({ where: { reviewStatus: "machine", mergedIntoId: null } }),
    db.meeting.count({ where: { deletedAt: null } }),
    db.official.count({ where: { mergedIntoId: null } }),
    db.article.count(),
    db.auditLog.count(),
  ]);
  return { machineMeetings, machineOfficials, meetings, officials, articles, audit };
}
