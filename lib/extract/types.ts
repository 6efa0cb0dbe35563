// The contract between the pure extractor (lib/extract) and everything that stores or prints
// its output (lib/ingest, the extract CLI). No database types here: the extractor sees only
// text, article metadata and knowledge as plain data.

export type DatePrecision = "day" | "range" | "month" | "year" | "approximate" | "unknown";
export type MeetingStatus = "held" | "planned";
export type ParticipantSide = "host" | "guest" | "other";

/** ISO 3166-1 alpha-2 country code, e.g. "MA", "US". */
export type CountryCode = string;

export interface KnowledgeCountry {
  code: CountryCode;
  nameAr: string;
  nameEn: string;
  /** Other ways the country is written: «الولايات المتحدة الأمريكية», «أمريكا», «المملكة المغربية». */
  aliases: string[];
  /** Adjectives naming the country on a title: «الأمريكي», «الأميركي», «التونسي», feminine too. */
  demonyms: string[];
}

export interface KnowledgePlace {
  slug: string;
  nameAr: string;
  nameEn: string | null;
  kind: "city" | "region" | "venue";
  country: CountryCode | null;
  aliases: string[];
}

export interface KnowledgeAgency {
  slug: string;
  nameAr: string;
  nameEn: string | null;
  country: CountryCode | null;
  kind:
    | "government"
    | "security"
    | "intelligence"
    | "military"
    | "embassy"
    | "ministry"
    | "news-agency"
    | "international"
    | "other";
  /** Arabic and Latin variants and abbreviations (FBI, DGST, «البنتاغون»). */
  aliases: string[];
}

export interface KnowledgeTenure {
  official: string; // official slug
  from: string | null; // YYYY-MM-DD or YYYY-MM or YYYY
  to: string | null; // null = still in office
}

export interface KnowledgePosition {
  slug: string;
  /** Canonical title, e.g. «مدير مكتب التحقيقات الفيدرالي». */
  titleAr: string;
  titleEn: string | null;
  agency: string | null; // agency slug
  country: CountryCode | null;
  /** Other ways the same office is written («مديرة أجهزة الاستخبارات الوطنية», «وزير الدفاع الأمريكي»). */
  aliases: string[];
  tenures: KnowledgeTenure[];
}

export interface KnowledgeOfficial {
  slug: string;
  nameAr: string;
  nameEn: string | null;
  country: CountryCode | null;
  gender?: "m" | "f" | null;
  /** Every spelling seen or expected, Arabic and Latin («العمري», «Nabil Amri»). */
  aliases: string[];
}

/**
 * A dated public event that articles use to place meetings in time: «أسبوعا بعد الاعتراف …»,
 * «على هامش قمة …», «عشية الانتخابات …». Its dates are facts from outside the article.
 */
export interface KnowledgeEvent {
  slug: string;
  nameAr: string;
  nameEn: string | null;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day for events that span several days (a summit, a visit); null = one day. */
  end: string | null;
  country: CountryCode | null;
  /** Ways articles name it («الاعتراف الأمريكي بمغربية الصحراء», «قمة العشرين»): matched on normalized words. */
  aliases: string[];
}

export interface Knowledge {
  countries: KnowledgeCountry[];
  places: KnowledgePlace[];
  agencies: KnowledgeAgency[];
  positions: KnowledgePosition[];
  officials: KnowledgeOfficial[];
  /** Optional so that older knowledge files and hand-built test objects stay valid. */
  events?: KnowledgeEvent[];
}

export interface ArticleInput {
  text: string;
  /** Publication date YYYY-MM-DD when known (stated in the manifest, inferred, or set by an admin). */
  published: string | null;
  title?: string | null;
}

/** A span of the original article text: `text === article.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedDate {
  start: string | null; // YYYY-MM-DD
  end: string | null; // YYYY-MM-DD
  precision: DatePrecision;
  /** The phrase as written in the article («الخميس», «منتصف الشهر الماضي»). Empty when nothing was found. */
  text: string;
  /** Where the phrase sits in the article, when found. */
  span: Span | null;
  /** A short human explanation of how the date was resolved (Arabic or English, one sentence). */
  explanation: string;
  /** True when the resolution used the publication date (so changing it must re-resolve). */
  dependsOnPublished: boolean;
}

export interface ExtractedOfficial {
  /** Knowledge slug when the person is known, else a slug made from the name (stable for the same name). */
  key: string;
  known: boolean;
  name: string; // Arabic display name (canonical when known)
  nameEn: string | null;
  role: string | null; // title as written in this article, when given
  agency: string | null; // agency slug when known
  country: CountryCode | null;
  /** The spellings this article used for them. */
  mentions: Span[];
}

export interface ExtractedAgency {
  slug: string;
  name: string;
  nameEn: string | null;
  country: CountryCode | null;
  mentions: Span[];
}

export interface ExtractedParticipant {
  /** ExtractedOfficial.key when the person is identified (by name or role→holder), else null. */
  officialKey: string | null;
  name: string | null;
  nameEn: string | null;
  /** Role text as written («مدير وكالة الاستخبارات المركزية»), kept even when resolved to a holder. */
  role: string | null;
  side: ParticipantSide;
  /** How the person was identified: by a name in the text, or a role resolved through tenures. */
  resolvedBy: "name" | "role" | "unresolved-role";
  evidence: Span | null;
}

export interface ExtractedMeeting {
  participants: ExtractedParticipant[];
  date: ExtractedDate;
  place: string | null;
  placeSpan: Span | null;
  /** ISO country of the place, when known. */
  country: CountryCode | null;
  status: MeetingStatus;
  topics: string[];
  /** The exact sentence (or clause) that states the meeting. */
  evidence: Span;
}

export interface ExtractionResult {
  officials: ExtractedOfficial[];
  agencies: ExtractedAgency[];
  meetings: ExtractedMeeting[];
}
