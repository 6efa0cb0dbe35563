// Knowledge lives in the database so admins can grow it; prisma/knowledge.json is where it
// starts. seedKnowledge() copies the file in (idempotent, never overwriting admin corrections);
// loadKnowledge() reads the database back into the plain shape the pure extractor takes.
import type { Db, Tx } from "../db";
import { normalizeArabic } from "../extract";
import type { Knowledge } from "../extract/types";

const json = (v: unknown) => JSON.stringify(v);
const list = (s: string): string[] => {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

function corrected(s: string): Set<string> {
  return new Set(list(s));
}

export async function seedKnowledge(
  db: Db,
  k: Knowledge,
): Promise<{ officials: number; agencies: number; positions: number; events: number }> {
  await db.$transaction(
    async (tx: Tx) => {
      for (const c of k.countries) {
        await tx.country.upsert({
          where: { code: c.code },
          create: {
            code: c.code,
            nameAr: c.nameAr,
            nameEn: c.nameEn,
            aliases: json(c.aliases),
            demonyms: json(c.demonyms),
          },
          update: { nameAr: c.nameAr, nameEn: c.nameEn, aliases: json(c.aliases), demonyms: json(c.demonyms) },
        });
      }
      for (const p of k.places) {
        const data = { nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, country: p.country, aliases: json(p.aliases) };
        await tx.place.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
      }
      for (const a of k.agencies) {
        const existing = await tx.agency.findUnique({ where: { slug: a.slug }, select: { id: true, corrected: true } });
        const fixed = corrected(existing?.corrected ?? "[]");
        const data = {
          ...(fixed.has("nameAr") ? {} : { nameAr: a.nameAr }),
          ...(fixed.has("nameEn") ? {} : { nameEn: a.nameEn }),
          ...(fixed.has("country") ? {} : { country: a.country }),
          ...(fixed.has("kind") ? {} : { kind: a.kind }),
        };
        const row = existing
          ? await tx.agency.update({ where: { id: existing.id }, data, select: { id: true } })
          : await tx.agency.create({
              data: {
                slug: a.slug,
                nameAr: a.nameAr,
                nameEn: a.nameEn,
                country: a.country,
                kind: a.kind,
                reviewStatus: "reviewed",
              },
              select: { id: true },
            });
        for (const alias of [a.nameAr, a.nameEn, ...a.aliases]) {
          if (!alias) continue;
          const normalized = normalizeArabic(alias);
          if (!normalized) continue;
          await tx.agencyAlias.upsert({
            where: { agencyId_normalized: { agencyId: row.id, normalized } },
            create: { agencyId: row.id, alias, normalized, origin: "knowledge" },
            update: {},
          });
        }
      }
      for (const o of k.officials) {
        const existing = await tx.official.findUnique({
          where: { slug: o.slug },
          select: { id: true, corrected: true },
        });
        const fixed = corrected(existing?.corrected ?? "[]");
        const data = {
          ...(fixed.has("nameAr") ? {} : { nameAr: o.nameAr }),
          ...(fixed.has("nameEn") ? {} : { nameEn: o.nameEn }),
          ...(fixed.has("country") ? {} : { country: o.country }),
          ...(fixed.has("gender") ? {} : { gender: o.gender ?? null }),
        };
        const row = existing
          ? await tx.official.update({ where: { id: existing.id }, data, select: { id: true } })
          : await tx.official.create({
              data: {
                slug: o.slug,
                nameAr: o.nameAr,
                nameEn: o.nameEn,
                country: o.country,
                gender: o.gender ?? null,
                origin: "knowledge",
                reviewStatus: "reviewed",
              },
              select: { id: true },
            });
        for (const alias of [o.nameAr, o.nameEn, ...o.aliases]) {
          if (!alias) continue;
          const normalized = normalizeArabic(alias);
          if (!normalized) continue;
          await tx.officialAlias.upsert({
            where: { officialId_normalized: { officialId: row.id, normalized } },
            create: { officialId: row.id, alias, normalized, origin: "knowledge" },
            update: {},
          });
        }
      }
      for (const p of k.positions) {
        const agency = p.agency
          ? await tx.agency.findUnique({ where: { slug: p.agency }, select: { id: true } })
          : null;
        const data = {
          titleAr: p.titleAr,
          titleEn: p.titleEn,
          agencyId: agency?.id ?? null,
          country: p.country,
          aliases: json(p.aliases),
        };
        const row = await tx.position.upsert({
          where: { slug: p.slug },
          create: { slug: p.slug, ...data },
          update: data,
          select: { id: true },
        });
        for (const t of p.tenures) {
          const official = await tx.official.findUnique({ where: { slug: t.official }, select: { id: true } });
          if (!official) continue;
          const same = await tx.tenure.findFirst({
            where: { positionId: row.id, officialId: official.id },
            select: { id: true, origin: true },
          });
          if (!same) {
            await tx.tenure.create({
              data: { positionId: row.id, officialId: official.id, from: t.from, to: t.to, origin: "knowledge" },
            });
          } else if (same.origin === "knowledge") {
            await tx.tenure.update({ where: { id: same.id }, data: { from: t.from, to: t.to } });
          }
        }
      }
      for (const e of k.events ?? []) {
        const data = {
          nameAr: e.nameAr,
          nameEn: e.nameEn,
          start: e.start,
          end: e.end,
          country: e.country,
          aliases: json(e.aliases),
        };
        const existing = await tx.knowledgeEvent.findUnique({
          where: { slug: e.slug },
          select: { id: true, correctedAt: true },
        });
        if (!existing) await tx.knowledgeEvent.create({ data: { slug: e.slug, ...data, origin: "knowledge" } });
        // an admin's correction stays; the file only refreshes rows nobody has touched
        else if (!existing.correctedAt) await tx.knowledgeEvent.update({ where: { id: existing.id }, data });
      }
    },
    { timeout: 60_000 },
  );
  return {
    officials: k.officials.length,
    agencies: k.agencies.length,
    positions: k.positions.length,
    events: (k.events ?? []).length,
  };
}

/** The extractor's view of what the database knows, including everything admins added. */
export async function loadKnowledge(db: Db): Promise<Knowledge> {
  const [countries, places, agencies, positions, officials, events] = await Promise.all([
    db.country.findMany({ orderBy: { code: "asc" } }),
    db.place.findMany({ orderBy: { id: "asc" } }),
    db.agency.findMany({
      orderBy: { id: "asc" },
      select: {
        slug: true,
        nameAr: true,
        nameEn: true,
        country: true,
        kind: true,
        aliases: { select: { alias: true } },
      },
    }),
    db.position.findMany({
      orderBy: { id: "asc" },
      select: {
        slug: true,
        titleAr: true,
        titleEn: true,
        country: true,
        aliases: true,
        agency: { select: { slug: true } },
        tenures: { select: { from: true, to: true, official: { select: { slug: true } } } },
      },
    }),
    db.official.findMany({
      // Only people someone vouched for or who were seen in an article; merged-away rows are aliases now.
      where: { mergedIntoId: null, reviewStatus: { not: "rejected" } },
      orderBy: { id: "asc" },
      select: {
        slug: true,
        nameAr: true,
        nameEn: true,
        country: true,
        gender: true,
        aliases: { select: { alias: true } },
        mergedFrom: { select: { nameAr: true, nameEn: true, aliases: { select: { alias: true } } } },
      },
    }),
    db.knowledgeEvent.findMany({
      orderBy: { id: "asc" },
      select: { slug: true, nameAr: true, nameEn: true, start: true, end: true, country: true, aliases: true },
    }),
  ]);
  return {
    countries: countries.map((c) => ({
      code: c.code,
      nameAr: c.nameAr,
      nameEn: c.nameEn,
      aliases: list(c.aliases),
      demonyms: list(c.demonyms),
    })),
    places: places.map((p) => ({
      slug: p.slug,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      kind: p.kind as Knowledge["places"][number]["kind"],
      country: p.country,
      aliases: list(p.aliases),
    })),
    agencies: agencies.map((a) => ({
      slug: a.slug,
      nameAr: a.nameAr,
      nameEn: a.nameEn,
      country: a.country,
      kind: a.kind as Knowledge["agencies"][number]["kind"],
      aliases: a.aliases.map((x) => x.alias),
    })),
    positions: positions.map((p) => ({
      slug: p.slug,
      titleAr: p.titleAr,
      titleEn: p.titleEn,
      agency: p.agency?.slug ?? null,
      country: p.country,
      aliases: list(p.aliases),
      tenures: p.tenures.map((t) => ({ official: t.official.slug, from: t.from, to: t.to })),
    })),
    officials: officials.map((o) => ({
      slug: o.slug,
      nameAr: o.nameAr,
      nameEn: o.nameEn,
      country: o.country,
      gender: (o.gender as "m" | "f" | null) ?? null,
      aliases: [
        ...o.aliases.map((x) => x.alias),
        ...o.mergedFrom.flatMap((m) => [m.nameAr, ...(m.nameEn ? [m.nameEn] : []), ...m.aliases.map((x) => x.alias)]),
      ],
    })),
    events: events.map((e) => ({
      slug: e.slug,
      nameAr: e.nameAr,
      nameEn: e.nameEn,
      start: e.start,
      end: e.end,
      country: e.country,
      aliases: list(e.aliases),
    })),
  };
}
