import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/officials/suggest/route";
import { normalizeArabic } from "@/lib/extract/normalize";
import { listOfficialSuggestions, SUGGEST_LIMIT } from "@/lib/queries/official-suggest";
import { SUGGEST_QUERY_MAX } from "@/lib/schemas/official-suggest";
import { ensureSearchIndex, rebuildSearchIndex, syncSearchIndex } from "@/lib/search";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createBrowseFixture, type Fixture } from "./fixtures";

let t: TestDb;
let f: Fixture;
/** Officials sharing the family name «الزياني», each in one live meeting: more than a list holds. */
const ZAYANI = SUGGEST_LIMIT + 4;

beforeAll(async () => {
  t = await createTestDb();
  f = await createBrowseFixture(t.db);
  const ids: number[] = [];
  for (let i = 0; i < ZAYANI; i++) {
    const o = await t.db.official.create({
      data: {
        slug: `zayani-${i}`,
        nameAr: `عمر${i} الزياني`,
        nameEn: `Omar${i} Zayani`,
        aliases: { create: [{ alias: "الزياني", normalized: normalizeArabic("الزياني") }] },
      },
    });
    await t.db.meetingParticipant.create({
      data: { meetingId: f.meetings.esperTunis, officialId: o.id, side: "other", resolvedBy: "name", position: 10 + i },
    });
    ids.push(o.id);
  }
  // Known (from the knowledge base, say) but in no meeting: filtering by them shows nothing.
  ids.push((await t.db.official.create({ data: { slug: "zayani-nomeet", nameAr: "سمير الزياني" } })).id);
  // Only in a rejected meeting.
  const rejectedOnly = await t.db.official.create({ data: { slug: "zayani-rejected", nameAr: "كمال الزياني" } });
  await t.db.meetingParticipant.create({
    data: {
      meetingId: f.meetings.rejected,
      officialId: rejectedOnly.id,
      side: "other",
      resolvedBy: "name",
      position: 50,
    },
  });
  ids.push(rejectedOnly.id);
  // A survivor whose only meeting is through the official merged into them.
  const survivor = await t.db.official.create({ data: { slug: "zayani-survivor", nameAr: "نبيل الزياني" } });
  const merged = await t.db.official.create({
    data: { slug: "zayani-merged", nameAr: "نبيل زياني", mergedIntoId: survivor.id },
  });
  await t.db.meetingParticipant.create({
    data: { meetingId: f.meetings.greenway, officialId: merged.id, side: "other", resolvedBy: "name", position: 60 },
  });
  ids.push(survivor.id, merged.id);
  await ensureSearchIndex(t.db);
  await rebuildSearchIndex(t.db);
  await syncSearchIndex(t.db, { officialIds: ids });
  // The route handler reads the app's one client.
  (globalThis as { liqaatDb?: unknown }).liqaatDb = t.db;
});
afterAll(async () => {
  (globalThis as { liqaatDb?: unknown }).liqaatDb = undefined;
  await t?.cleanup();
});

const slugs = async (q: string) => (await listOfficialSuggestions(q, t.db)).map((s) => s.slug);

describe("official suggestions (lib/queries/official-suggest)", () => {
  it("finds an official through the search normalization: alef maqsura, the article, hamza, Latin, prefixes", async () => {
    for (const q of ["حموشى", "الحموشي", "حموشي", "الحموشى", "حمو", "Hammouchi", "hammou", "عبد اللطيف", "عبداللطيف"]) {
      expect(await slugs(q), q).toEqual(["hammouchi"]);
    }
    // «إسبر» with hamza under the alef, typed without it.
    expect(await slugs("اسبر")).toEqual(["esper"]);
    expect(await slugs("سعيد")).toEqual(["saied"]);
    expect(await slugs("Fischer")).toEqual(["fischer"]);
  });

  it("answers with what the form needs: slug, Arabic and Latin names", async () => {
    expect(await listOfficialSuggestions("راي", t.db)).toEqual([
      { slug: "wray", nameAr: "كريستوفر راي", nameEn: "Christopher Wray" },
    ]);
  });

  it("never suggests a merged official, nor one without a live meeting", async () => {
    // «حموشى عبد اللطيف» is merged into Hammouchi: only the survivor comes back.
    expect(await slugs("حموشى عبد")).toEqual(["hammouchi"]);
    expect(await slugs("سمير")).toEqual([]);
    expect(await slugs("كمال")).toEqual([]);
    // Their meetings count as the survivor's (as the timeline filter counts them).
    expect(await slugs("نبيل")).toEqual(["zayani-survivor"]);
  });

  it("returns at most SUGGEST_LIMIT officials", async () => {
    const zayani = await slugs("زياني");
    expect(zayani).toHaveLength(SUGGEST_LIMIT);
    // 15 live «الزياني» (14 + the survivor) tie on the word; which ten come first is the index's
    // ranking (SQLite FTS5 and PostgreSQL order ties differently): only live, unmerged ones may.
    expect(
      zayani.every((s) => /^zayani-(\d+|survivor)$/.test(s)),
      zayani.join(","),
    ).toBe(true);
    expect(new Set(zayani).size).toBe(SUGGEST_LIMIT);
  });

  it("returns nothing for no match and for a query without a searchable word", async () => {
    expect(await slugs("كلمةغيرموجودة")).toEqual([]);
    expect(await slugs("ح")).toEqual([]);
    expect(await slugs(" ؟! ")).toEqual([]);
  });
});

describe("GET /api/officials/suggest", () => {
  const get = (qs: string) => GET(new Request(`http://localhost/api/officials/suggest${qs}`));

  it("answers JSON with the items, cacheable for a minute like the exports", async () => {
    const res = await get(`?q=${encodeURIComponent("  حموشى ")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(await res.json()).toEqual({
      q: "حموشى",
      items: [{ slug: "hammouchi", nameAr: "عبد اللطيف حموشي", nameEn: "Abdellatif Hammouchi" }],
    });
  });

  it("caps the list", async () => {
    const body = (await (await get("?q=Zayani")).json()) as { items: unknown[] };
    expect(body.items).toHaveLength(SUGGEST_LIMIT);
  });

  it("an empty q is an empty list, not an error", async () => {
    for (const qs of ["?q=", "?q=%20%20"]) {
      const res = await get(qs);
      expect(res.status, qs).toBe(200);
      expect(await res.json()).toEqual({ q: "", items: [] });
    }
  });

  it("refuses a missing or over-long q with 400 and a reason", async () => {
    for (const qs of ["", "?other=1", `?q=${"ح".repeat(SUGGEST_QUERY_MAX + 1)}`]) {
      const res = await get(qs);
      expect(res.status, qs).toBe(400);
      const body = (await res.json()) as { error?: string };
      expect(body.error, qs).toMatch(/المعامل q/);
    }
    // At the cap (after trimming) it is still a query.
    expect((await get(`?q=${encodeURIComponent(` ${"ح".repeat(SUGGEST_QUERY_MAX)} `)}`)).status).toBe(200);
  });
});
