// Raw-SQL bulk loading for the synthetic corpus only (never used by the app): prepared
// better-sqlite3 statements in one transaction, journal and fsync off while loading. A million
// rows take seconds this way; through Prisma's createMany they take minutes. Columns are named
// explicitly, so a column the lead adds with a default does not break the loader.
import Database from "better-sqlite3";

interface Span {
  start: number;
  end: number;
  text: string;
}

export interface MeetingRow {
  id: number;
  dateStart: string | null;
  dateEnd: string | null;
  precision: string;
  dateText: string;
  dateExplanation: string;
  dateArticleId: number;
  sortKey: string;
  place: string | null;
  country: string | null;
  status: string;
  topics: string;
  reviewStatus: string;
  deletedAt: string | null;
  now: string;
}

export interface SourceRow {
  meetingId: number;
  articleId: number;
  dateStart: string | null;
  dateEnd: string | null;
  precision: string;
  dateText: string;
  dateExplanation: string;
  place: string | null;
  status: string;
  topics: string;
  now: string;
}

export interface ArticleRow {
  id: number;
  file: string;
  source: string;
  title: string;
  text: string;
  contentHash: string;
  published: string | null;
  publishedBy: string;
  now: string;
}

export type Bulk = ReturnType<typeof openBulk>;

export function openBulk(file: string) {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -262144");
  const counts: Record<string, number> = {};
  const count = (table: string) => {
    counts[table] = (counts[table] ?? 0) + 1;
  };
  const st = {
    country: db.prepare(`INSERT INTO "Country" ("code","nameAr","nameEn","aliases","demonyms") VALUES (?,?,?,?,?)`),
    place: db.prepare(`INSERT INTO "Place" ("slug","nameAr","nameEn","kind","country","aliases") VALUES (?,?,?,?,?,?)`),
    agency: db.prepare(
      `INSERT INTO "Agency" ("id","slug","nameAr","nameEn","country","kind","reviewStatus","createdAt","updatedAt") VALUES (?,?,?,?,?,?,'reviewed',?,?)`,
    ),
    agencyAlias: db.prepare(
      `INSERT OR IGNORE INTO "AgencyAlias" ("agencyId","alias","normalized","origin") VALUES (?,?,?,'knowledge')`,
    ),
    position: db.prepare(
      `INSERT INTO "Position" ("id","slug","titleAr","titleEn","agencyId","country","aliases") VALUES (?,?,?,?,?,?,?)`,
    ),
    official: db.prepare(
      `INSERT INTO "Official" ("id","slug","nameAr","nameEn","country","gender","reviewStatus","origin","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?,'knowledge',?,?)`,
    ),
    officialAlias: db.prepare(
      `INSERT OR IGNORE INTO "OfficialAlias" ("officialId","alias","normalized","origin") VALUES (?,?,?,'knowledge')`,
    ),
    tenure: db.prepare(
      `INSERT INTO "Tenure" ("officialId","positionId","from","to","origin") VALUES (?,?,?,?,'knowledge')`,
    ),
    meeting: db.prepare(
      `INSERT INTO "Meeting" ("id","dateStart","dateEnd","precision","dateText","dateExplanation","dateArticleId","sortKey","place","country","status","topics","reviewStatus","deletedAt","createdAt","updatedAt")
       VALUES (@id,@dateStart,@dateEnd,@precision,@dateText,@dateExplanation,@dateArticleId,@sortKey,@place,@country,@status,@topics,@reviewStatus,@deletedAt,@now,@now)`,
    ),
    participant: db.prepare(
      `INSERT INTO "MeetingParticipant" ("id","meetingId","officialId","roleText","side","resolvedBy","position") VALUES (?,?,?,?,?,?,?)`,
    ),
    source: db.prepare(
      `INSERT INTO "MeetingSource" ("meetingId","articleId","dateStart","dateEnd","precision","dateText","dateExplanation","dateDependsOnPublished","place","status","topics","createdAt")
       VALUES (@meetingId,@articleId,@dateStart,@dateEnd,@precision,@dateText,@dateExplanation,0,@place,@status,@topics,@now)`,
    ),
    evidence: db.prepare(
      `INSERT INTO "Evidence" ("articleId","meetingId","participantId","kind","start","end","text") VALUES (?,?,?,?,?,?,?)`,
    ),
    article: db.prepare(
      `INSERT INTO "Article" ("id","file","source","url","title","text","contentHash","published","publishedBy","language","ingestedAt","updatedAt")
       VALUES (@id,@file,@source,NULL,@title,@text,@contentHash,@published,@publishedBy,'ar',@now,@now)`,
    ),
    mention: db.prepare(`INSERT INTO "ArticleMention" ("articleId","officialId","count","role") VALUES (?,?,?,?)`),
  };
  const run = (table: string, stmt: Database.Statement, ...args: unknown[]) => {
    const r = stmt.run(...args);
    if (r.changes > 0) count(table);
  };

  return {
    raw: db,
    begin: () => db.exec("BEGIN"),
    commit: () => {
      db.exec("COMMIT");
      // Back to SQLite's defaults, which is what the app opens the file with.
      db.pragma("journal_mode = DELETE");
      db.pragma("foreign_keys = ON");
      const bad = db.pragma("foreign_key_check", { simple: false }) as unknown[];
      if (bad.length) throw new Error(`corpus violates ${bad.length} foreign keys`);
    },
    rollback: () => {
      if (db.inTransaction) db.exec("ROLLBACK");
    },
    close: () => db.close(),
    counts: () => ({ ...counts }),
    country: (code: string, nameAr: string, nameEn: string, aliases: string, demonyms: string) =>
      run("Country", st.country, code, nameAr, nameEn, aliases, demonyms),
    place: (slug: string, nameAr: string, nameEn: string, kind: string, country: string, aliases: string) =>
      run("Place", st.place, slug, nameAr, nameEn, kind, country, aliases),
    agency: (id: number, slug: string, nameAr: string, nameEn: string, country: string, kind: string, now: string) =>
      run("Agency", st.agency, id, slug, nameAr, nameEn, country, kind, now, now),
    agencyAlias: (agencyId: number, alias: string, normalized: string) =>
      run("AgencyAlias", st.agencyAlias, agencyId, alias, normalized),
    position: (
      id: number,
      slug: string,
      titleAr: string,
      titleEn: string,
      agencyId: number,
      country: string,
      aliases: string,
    ) => run("Position", st.position, id, slug, titleAr, titleEn, agencyId, country, aliases),
    official: (
      id: number,
      slug: string,
      nameAr: string,
      nameEn: string,
      country: string,
      gender: string,
      reviewStatus: string,
      now: string,
    ) => run("Official", st.official, id, slug, nameAr, nameEn, country, gender, reviewStatus, now, now),
    officialAlias: (officialId: number, alias: string, normalized: string) =>
      run("OfficialAlias", st.officialAlias, officialId, alias, normalized),
    tenure: (officialId: number, positionId: number, from: string | null, to: string | null) =>
      run("Tenure", st.tenure, officialId, positionId, from, to),
    meeting: (row: MeetingRow) => run("Meeting", st.meeting, row),
    participant: (
      id: number,
      meetingId: number,
      officialId: number | null,
      roleText: string,
      side: string,
      resolvedBy: string,
      position: number,
    ) => run("MeetingParticipant", st.participant, id, meetingId, officialId, roleText, side, resolvedBy, position),
    source: (row: SourceRow) => run("MeetingSource", st.source, row),
    evidence: (articleId: number, meetingId: number, participantId: number | null, kind: string, span: Span) =>
      run("Evidence", st.evidence, articleId, meetingId, participantId, kind, span.start, span.end, span.text),
    article: (row: ArticleRow) => run("Article", st.article, row),
    mention: (articleId: number, officialId: number, n: number, role: string) =>
      run("ArticleMention", st.mention, articleId, officialId, n, role),

    officialMeetingCounts: () =>
      db
        .prepare(
          `SELECT o.id, o.slug, o.nameAr, COUNT(*) AS meetings FROM "MeetingParticipant" p JOIN "Official" o ON o.id = p.officialId
           GROUP BY o.id ORDER BY meetings DESC, o.id`,
        )
        .all() as { id: number; slug: string; nameAr: string; meetings: number }[],
    sampleMeetingId: () =>
      (
        db
          .prepare(
            `SELECT id FROM "Meeting" WHERE deletedAt IS NULL AND reviewStatus <> 'rejected' AND precision = 'day'
             ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "Meeting")`,
          )
          .get() as { id: number } | undefined
      )?.id ?? null,
    /** The family name of a median-busy official: common enough to match, rare enough to be a real search. */
    searchTerm: () => {
      const row = db
        .prepare(
          `SELECT a.alias FROM "OfficialAlias" a JOIN "Official" o ON o.id = a.officialId
           WHERE a.alias NOT LIKE '% %' AND a.alias GLOB '*[ء-ي]*' AND o.country IN ('MA','DZ','TN','EG')
           ORDER BY (SELECT COUNT(*) FROM "ArticleMention" m WHERE m.officialId = o.id) DESC LIMIT 1 OFFSET 3`,
        )
        .get() as { alias: string } | undefined;
      return row?.alias ?? "التعاون";
    },
  };
}
