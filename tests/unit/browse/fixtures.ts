// Test data for the browsing side, modelled on the seed articles' ground truth: officials with
// Arabic and Latin aliases, agencies and tenures, articles whose text holds the evidence, and
// meetings of every date precision (plus a rejected, a deleted and a merged row that must never show).
import type { Db } from "@/lib/db";
import { normalizeArabic } from "@/lib/extract/normalize";

export const ARTICLES = {
  a0: {
    title: "ما الحديث الذي جرى بين حموشي وفيشر؟",
    source: "قريش",
    published: "2021-01-19",
    text:
      "الرباط – قريش:\nاولا لنا ان نعرف ان أسباب اللقاء الذي جمع ، الاثنين، عبد اللطيف الحموشي المدير العام للأمن الوطني في مقر المديرية العامة بالرباط السفير الأمريكي في المغرب، ديفيد توماس فيشر، تعود الى انتهاء مهامه.\n" +
      "يذكر أن لقاء رسميا سبق أن انعقد منتصف الشهر الماضي، كان قد جمع عبد اللطيف حموشي والسيد Robert Greenway بحضور فيشر.\n" +
      "وتناول اللقاء التعاونَ الأمنيّ ومكافحة الإرهاب.",
  },
  a1: {
    title: "على مسؤوليتي: حموشي وراي",
    source: null,
    published: null,
    text:
      "استقبال المدير العام للأمن الوطني عبد اللطيف الحموشي يوم الثلاثاء 21 فبراير 2023 بمكتبه بالرباط، لمدير مكتب التحقيقات الفيدرالي الأمريكي، كريستوفر راي.\n" +
      "بعد الزيارة التي أجراها المدير العام إلى الولايات المتحدة الأمريكية خلال يومي الثالث عشر والرابع عشر من يونيو 2022، والتي التقى خلالها بمدير وكالة الاستخبارات المركزية ومدير مكتب التحقيقات الفيدرالي.",
  },
  a3: {
    title: "إسبر في جولة مغاربية",
    source: "أحداث.أنفو",
    published: "2020-09-29",
    text:
      "بعد لقاء عبد اللطيف حموشي، المدير العام للأمن الوطني، الخميس مع دايفيد فيشر، سفير الولايات المتحدة الأمريكية المعتمد لدى المملكة المغربية، بالرباط.\n" +
      "وسيستهل وزير الدفاع الأمريكي مارك إسبر جولته الأربعاء في تونس حيث سيلتقي الرئيس قيس سعيد.\n" +
      '=HYPERLINK("http://evil") <script>alert(1)</script> نص لا يجب أن يُفسَّر.',
  },
} as const;

type OfficialKey = "hammouchi" | "fischer" | "wray" | "greenway" | "esper" | "saied" | "hamouchiDup";
type MeetingKey =
  | "fischerSept2020"
  | "esperTunis"
  | "greenway"
  | "farewell"
  | "washington"
  | "wray2023"
  | "undated"
  | "rejected"
  | "deleted";

export interface Fixture {
  officials: Record<OfficialKey, number>;
  agencies: Record<"dgsn" | "fbi", number>;
  articles: Record<keyof typeof ARTICLES, number>;
  meetings: Record<MeetingKey, number>;
}

interface MeetingSpec {
  key: MeetingKey;
  article: keyof typeof ARTICLES;
  more?: (keyof typeof ARTICLES)[];
  evidence: string;
  dateEvidence?: string;
  dateStart: string | null;
  dateEnd?: string | null;
  precision: string;
  dateText?: string;
  dateExplanation?: string;
  place?: string | null;
  country?: string | null;
  status?: string;
  reviewStatus?: string;
  deleted?: boolean;
  topics?: string[];
  participants: { official?: string; roleText?: string; side: string }[];
}

const MEETINGS: MeetingSpec[] = [
  {
    key: "fischerSept2020",
    article: "a3",
    evidence: "بعد لقاء عبد اللطيف حموشي، المدير العام للأمن الوطني، الخميس مع دايفيد فيشر",
    dateEvidence: "الخميس",
    dateStart: "2020-09-24",
    precision: "day",
    dateText: "الخميس",
    dateExplanation: "«الخميس» قبل تاريخ النشر 29 سبتمبر 2020",
    place: "الرباط",
    country: "MA",
    topics: ["مكافحة الإرهاب", "التطرف العنيف"],
    participants: [
      { official: "hammouchi", side: "host" },
      { official: "fischer", side: "guest" },
    ],
  },
  {
    key: "esperTunis",
    article: "a3",
    evidence: "الأربعاء في تونس حيث سيلتقي الرئيس قيس سعيد",
    dateStart: "2020-09-30",
    precision: "day",
    dateText: "الأربعاء",
    place: "تونس",
    country: "TN",
    status: "planned",
    topics: ["العلاقات الدفاعية"],
    participants: [
      { official: "saied", side: "host" },
      { official: "esper", side: "guest" },
    ],
  },
  {
    key: "greenway",
    article: "a0",
    evidence: "لقاء رسميا سبق أن انعقد منتصف الشهر الماضي، كان قد جمع عبد اللطيف حموشي والسيد Robert Greenway",
    dateStart: "2020-12-11",
    dateEnd: "2020-12-20",
    precision: "approximate",
    dateText: "منتصف الشهر الماضي",
    place: "الرباط، مقر المديرية العامة",
    country: "MA",
    topics: ["التهديدات الإرهابية في الساحل"],
    participants: [
      { official: "hammouchi", side: "host" },
      { official: "greenway", side: "guest" },
      { official: "fischer", side: "other" },
    ],
  },
  {
    key: "farewell",
    article: "a0",
    evidence:
      "اللقاء الذي جمع ، الاثنين، عبد اللطيف الحموشي المدير العام للأمن الوطني في مقر المديرية العامة بالرباط السفير الأمريكي في المغرب، ديفيد توماس فيشر",
    dateEvidence: "الاثنين",
    dateStart: "2021-01-18",
    precision: "day",
    dateText: "الاثنين",
    place: "الرباط",
    country: "MA",
    topics: ["توديع السفير", "التعاون الأمني"],
    participants: [
      { official: "hammouchi", side: "host" },
      { official: "fischer", side: "guest" },
    ],
  },
  {
    key: "washington",
    article: "a1",
    evidence: "التقى خلالها بمدير وكالة الاستخبارات المركزية ومدير مكتب التحقيقات الفيدرالي",
    dateEvidence: "خلال يومي الثالث عشر والرابع عشر من يونيو 2022",
    dateStart: "2022-06-13",
    dateEnd: "2022-06-14",
    precision: "range",
    place: "واشنطن",
    country: "US",
    topics: ["تبادل الخبرات"],
    participants: [
      { official: "wray", side: "host" },
      { official: "hammouchi", side: "guest" },
      { roleText: "مدير وكالة الاستخبارات المركزية", side: "other" },
    ],
  },
  {
    key: "wray2023",
    article: "a1",
    evidence:
      "استقبال المدير العام للأمن الوطني عبد اللطيف الحموشي يوم الثلاثاء 21 فبراير 2023 بمكتبه بالرباط، لمدير مكتب التحقيقات الفيدرالي الأمريكي، كريستوفر راي",
    dateEvidence: "يوم الثلاثاء 21 فبراير 2023",
    dateStart: "2023-02-21",
    precision: "day",
    place: "الرباط",
    country: "MA",
    reviewStatus: "reviewed",
    topics: ["مكافحة الإرهاب", "منطقة الساحل"],
    participants: [
      { official: "hammouchi", side: "host" },
      { official: "wray", side: "guest" },
    ],
  },
  {
    key: "undated",
    article: "a0",
    evidence: "وتناول اللقاء التعاونَ الأمنيّ ومكافحة الإرهاب",
    dateStart: null,
    precision: "unknown",
    participants: [
      { official: "hammouchi", side: "host" },
      { official: "fischer", side: "guest" },
    ],
  },
  {
    key: "rejected",
    article: "a3",
    evidence: "سفير الولايات المتحدة الأمريكية المعتمد لدى المملكة المغربية",
    dateStart: "2020-09-29",
    precision: "day",
    reviewStatus: "rejected",
    participants: [{ official: "fischer", side: "host" }],
  },
  {
    key: "deleted",
    article: "a3",
    evidence: "المعتمد لدى المملكة المغربية",
    dateStart: "2020-09-28",
    precision: "day",
    deleted: true,
    participants: [{ official: "hammouchi", side: "host" }],
  },
];

export async function createBrowseFixture(db: Db): Promise<Fixture> {
  await db.country.createMany({
    data: [
      { code: "MA", nameAr: "المغرب", nameEn: "Morocco" },
      { code: "US", nameAr: "الولايات المتحدة", nameEn: "United States" },
      { code: "TN", nameAr: "تونس", nameEn: "Tunisia" },
    ],
  });
  const agencies: Record<string, number> = {};
  for (const a of [
    { slug: "dgsn", nameAr: "المديرية العامة للأمن الوطني", nameEn: "DGSN", country: "MA", aliases: ["الأمن الوطني"] },
    {
      slug: "fbi",
      nameAr: "مكتب التحقيقات الفيدرالي",
      nameEn: "Federal Bureau of Investigation",
      country: "US",
      aliases: ["FBI"],
    },
  ]) {
    const row = await db.agency.create({
      data: {
        slug: a.slug,
        nameAr: a.nameAr,
        nameEn: a.nameEn,
        country: a.country,
        aliases: { create: a.aliases.map((x) => ({ alias: x, normalized: normalizeArabic(x) })) },
      },
    });
    agencies[a.slug] = row.id;
  }
  const officials: Record<string, number> = {};
  const people = [
    {
      slug: "hammouchi",
      nameAr: "عبد اللطيف حموشي",
      nameEn: "Abdellatif Hammouchi",
      country: "MA",
      aliases: ["عبد اللطيف الحموشي", "الحموشي", "Hammouchi"],
    },
    {
      slug: "fischer",
      nameAr: "ديفيد توماس فيشر",
      nameEn: "David T. Fischer",
      country: "US",
      aliases: ["دايفيد فيشر", "David Fischer", "فيشر"],
    },
    { slug: "wray", nameAr: "كريستوفر راي", nameEn: "Christopher Wray", country: "US", aliases: [] },
    {
      slug: "greenway",
      nameAr: "روبرت غرينواي",
      nameEn: "Robert Greenway",
      country: "US",
      aliases: ["Robert Greenway"],
    },
    { slug: "esper", nameAr: "مارك إسبر", nameEn: "Mark Esper", country: "US", aliases: [] },
    { slug: "saied", nameAr: "قيس سعيد", nameEn: "Kais Saied", country: "TN", aliases: [] },
  ];
  for (const p of people) {
    const row = await db.official.create({
      data: {
        slug: p.slug,
        nameAr: p.nameAr,
        nameEn: p.nameEn,
        country: p.country,
        origin: "knowledge",
        aliases: { create: p.aliases.map((x) => ({ alias: x, normalized: normalizeArabic(x) })) },
      },
    });
    officials[p.slug] = row.id;
  }
  // Merged into Hammouchi by an admin: its URL redirects, its page never renders.
  officials.hamouchiDup = (
    await db.official.create({
      data: { slug: "hamouchi-dup", nameAr: "حموشى عبد اللطيف", mergedIntoId: officials.hammouchi },
    })
  ).id;
  await db.position.create({
    data: {
      slug: "dgsn-director",
      titleAr: "المدير العام للأمن الوطني",
      agencyId: agencies.dgsn,
      country: "MA",
      tenures: { create: [{ officialId: officials.hammouchi!, from: "2015-05" }] },
    },
  });
  await db.position.create({
    data: {
      slug: "fbi-director",
      titleAr: "مدير مكتب التحقيقات الفيدرالي",
      agencyId: agencies.fbi,
      country: "US",
      tenures: { create: [{ officialId: officials.wray!, from: "2017-08-02" }] },
    },
  });

  const articles = {} as Record<keyof typeof ARTICLES, number>;
  for (const [key, a] of Object.entries(ARTICLES) as [
    keyof typeof ARTICLES,
    (typeof ARTICLES)[keyof typeof ARTICLES],
  ][]) {
    const row = await db.article.create({
      data: {
        title: a.title,
        source: a.source,
        published: a.published,
        publishedBy: a.published ? "stated" : "unknown",
        text: a.text,
        contentHash: `${key}-${Math.random()}`,
      },
    });
    articles[key] = row.id;
  }
  for (const [articleKey, slugs] of [
    ["a0", ["hammouchi", "fischer", "greenway"]],
    ["a1", ["hammouchi", "wray"]],
    ["a3", ["hammouchi", "fischer", "esper", "saied"]],
  ] as const) {
    for (const s of slugs)
      await db.articleMention.create({
        data: { articleId: articles[articleKey], officialId: officials[s]!, count: 1 },
      });
  }

  const meetings: Record<string, number> = {};
  for (const m of MEETINGS) meetings[m.key] = await createMeetingFromSpec(db, m, officials, articles);
  return { officials, agencies, articles, meetings } as Fixture;
}

async function createMeetingFromSpec(
  db: Db,
  m: MeetingSpec,
  officials: Record<string, number>,
  articles: Record<string, number>,
): Promise<number> {
  const text = ARTICLES[m.article].text;
  const start = text.indexOf(m.evidence);
  if (start < 0) throw new Error(`fixture evidence not in ${m.article}: ${m.evidence}`);
  const row = await db.meeting.create({
    data: {
      dateStart: m.dateStart,
      dateEnd: m.dateEnd ?? m.dateStart,
      precision: m.precision,
      dateText: m.dateText ?? m.dateEvidence ?? "",
      dateExplanation: m.dateExplanation ?? "",
      sortKey: m.dateStart ?? "0000-00-00",
      place: m.place ?? null,
      country: m.country ?? null,
      status: m.status ?? "held",
      reviewStatus: m.reviewStatus ?? "machine",
      deletedAt: m.deleted ? new Date() : null,
      topics: JSON.stringify(m.topics ?? []),
      participants: {
        create: m.participants.map((p, i) => ({
          officialId: p.official ? officials[p.official] : null,
          roleText: p.roleText ?? null,
          side: p.side,
          resolvedBy: p.official ? "name" : "unresolved-role",
          position: i,
        })),
      },
      sources: {
        create: [m.article, ...(m.more ?? [])].map((a) => ({
          articleId: articles[a]!,
          dateStart: m.dateStart,
          dateEnd: m.dateEnd ?? m.dateStart,
          precision: m.precision,
          dateText: m.dateText ?? "",
          place: m.place ?? null,
          status: m.status ?? "held",
          topics: JSON.stringify(m.topics ?? []),
        })),
      },
    },
  });
  await db.evidence.create({
    data: {
      articleId: articles[m.article]!,
      meetingId: row.id,
      kind: "meeting",
      start,
      end: start + m.evidence.length,
      text: m.evidence,
    },
  });
  if (m.dateEvidence) {
    const ds = text.indexOf(m.dateEvidence, start);
    if (ds >= 0)
      await db.evidence.create({
        data: {
          articleId: articles[m.article]!,
          meetingId: row.id,
          kind: "date",
          start: ds,
          end: ds + m.dateEvidence.length,
          text: m.dateEvidence,
        },
      });
  }
  return row.id;
}

/** Adds one plain meeting (for paging-under-insert tests). */
export async function addMeeting(
  db: Db,
  f: Fixture,
  date: string,
  slugs: OfficialKey[] = ["hammouchi", "wray"],
): Promise<number> {
  const row = await db.meeting.create({
    data: {
      dateStart: date,
      dateEnd: date,
      precision: "day",
      sortKey: date,
      participants: {
        create: slugs.map((s, i) => ({ officialId: f.officials[s], side: i === 0 ? "host" : "guest", position: i })),
      },
      sources: { create: [{ articleId: f.articles.a1, dateStart: date, precision: "day" }] },
    },
  });
  return row.id;
}
