// A TypeScript port of ../shared/tools/score_extraction.py for gold files in the seeds' format
// (officials with keys, meetings listing keys), so vitest can score the extractor the way the
// judge does: meetings matched greedily on shared participants (last name token, or role text),
// then date accuracy and evidence validity on the matched ones.
import type { ExtractedMeeting } from "../../../lib/extract";

export interface GoldOfficial {
  key: string;
  name_ar: string;
  name_en: string;
  variants_in_text?: string[];
}

export interface GoldMeeting {
  key: string;
  articles: string[];
  participants: string[];
  participants_by_role?: Record<string, string>;
  date: { start: string | null; end: string | null; precision: string } | null;
  resolvable?: string;
  optional?: boolean;
  status?: string;
}

export interface GoldFile {
  articles: { file: string; published: string | null }[];
  officials: GoldOfficial[];
  meetings: GoldMeeting[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  date: number;
  dateHits: number;
  dateTotal: number;
  evidence: number;
  lines: string[];
}

/** The scorer's normalization: NFKC, no tashkeel, folded hamza/ya/ta marbuta, lower case, ال dropped from long tokens. */
export function norm(s: string | null | undefined): string {
  if (!s) return "";
  let t = s.normalize("NFKC").replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  t = t
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي");
  t = t.toLowerCase().replace(/[^\p{L}\p{N}_\s]/gu, " ");
  return t
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.startsWith("ال") ? w.slice(2) : w))
    .join(" ");
}

const last = (s: string | null | undefined) => {
  const t = norm(s).split(" ").filter(Boolean);
  return t[t.length - 1] ?? "";
};
const keysOf = (names: (string | null | undefined)[]) => new Set(names.filter((n) => n && last(n)).map((n) => last(n)));

interface GPart {
  keys: Set<string>;
  role: string | null;
}
interface GM {
  id: string;
  parts: GPart[];
  date: GoldMeeting["date"];
  resolvable: string;
  optional: boolean;
}

function loadGold(gold: GoldFile, texts: Map<string, string>): Map<string, GM[]> {
  const offs = new Map(gold.officials.map((o) => [o.key, o]));
  const out = new Map<string, GM[]>();
  for (const m of gold.meetings) {
    for (const f of m.articles) {
      const t = norm(texts.get(f) ?? "");
      const parts: GPart[] = [];
      for (const k of m.participants) {
        const o = offs.get(k);
        if (!o) throw new Error(`gold meeting ${m.key} names unknown official ${k}`);
        const role = m.participants_by_role?.[k];
        const named = [o.name_ar, ...(o.variants_in_text ?? [])].some((v) => v && norm(v) && t.includes(norm(v)));
        if (named || (role && t.includes(norm(role)))) {
          parts.push({
            keys: keysOf([o.name_ar, o.name_en, ...(o.variants_in_text ?? [])]),
            role: role ? norm(role) : null,
          });
        }
      }
      const list = out.get(f) ?? [];
      list.push({ id: m.key, parts, date: m.date, resolvable: m.resolvable ?? "text", optional: !!m.optional });
      out.set(f, list);
    }
  }
  return out;
}

function partMatch(g: GPart, p: ExtractedMeeting["participants"][number]): boolean {
  const k = keysOf([p.name, p.nameEn]);
  for (const x of k) if (g.keys.has(x)) return true;
  if (g.role && p.role) {
    const r = norm(p.role);
    if (g.role.includes(r) || r.includes(g.role)) return true;
  }
  return false;
}

function overlap(g: GM, m: ExtractedMeeting): number {
  const used = new Set<number>();
  let n = 0;
  for (const gp of g.parts) {
    for (let j = 0; j < m.participants.length; j++) {
      const pp = m.participants[j];
      if (!used.has(j) && pp && partMatch(gp, pp)) {
        used.add(j);
        n++;
        break;
      }
    }
  }
  return n;
}

function dateOk(g: GM, m: ExtractedMeeting): boolean | null {
  const gs = g.date?.start;
  if (!gs || g.resolvable === "needs-published-date") return null;
  const ps = m.date.start;
  if (!ps) return false;
  if (["approximate", "month", "range"].includes(g.date?.precision ?? "")) {
    const ge = g.date?.end ?? gs;
    const pe = m.date.end ?? ps;
    return !(pe < gs || ps > ge);
  }
  return ps.slice(0, gs.length) === gs;
}

/** Scores predicted meetings per file against a seeds-format gold file. */
export function score(gold: GoldFile, texts: Map<string, string>, predicted: Map<string, ExtractedMeeting[]>): Score {
  const g = loadGold(gold, texts);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dh = 0;
  let dt = 0;
  let evOk = 0;
  let evAll = 0;
  const lines: string[] = [];
  const files = [...new Set([...g.keys(), ...predicted.keys()])].sort();
  for (const f of files) {
    const gms = g.get(f) ?? [];
    const pms = predicted.get(f) ?? [];
    const text = (texts.get(f) ?? "").replace(/\s+/g, " ");
    for (const m of pms) {
      const e = m.evidence.text.replace(/\s+/g, " ");
      evAll++;
      if (e && text.includes(e)) evOk++;
    }
    const pairs: [number, number, number, number][] = [];
    gms.forEach((gm, gi) =>
      pms.forEach((pm, mi) => pairs.push([overlap(gm, pm), dateOk(gm, pm) === true ? 1 : 0, gi, mi])),
    );
    pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2] || b[3] - a[3]);
    const gu = new Map<number, number>();
    const mu = new Set<number>();
    for (const [n, , gi, mi] of pairs) {
      const gm = gms[gi];
      if (!gm) continue;
      const need = Math.min(2, gm.parts.length) || 1;
      if (n >= need && !gu.has(gi) && !mu.has(mi)) {
        gu.set(gi, mi);
        mu.add(mi);
      }
    }
    gms.forEach((gm, gi) => {
      const mi = gu.get(gi);
      if (mi !== undefined) {
        tp++;
        const pm = pms[mi];
        const ok = pm ? dateOk(gm, pm) : null;
        if (ok !== null) {
          dt++;
          if (ok) dh++;
        }
        lines.push(`hit   ${f} ${gm.id} date=${ok === null ? "-" : ok ? "ok" : `WRONG ${pm?.date.start ?? null}`}`);
      } else if (!gm.optional) {
        fn++;
        lines.push(`MISS  ${f} ${gm.id}`);
      }
    });
    pms.forEach((pm, mi) => {
      if (mu.has(mi)) return;
      if (gms.some((gm) => gm.optional && overlap(gm, pm) >= 1)) return;
      fp++;
      lines.push(`EXTRA ${f} [${pm.participants.map((p) => p.name ?? p.role ?? "?").join(", ")}]`);
    });
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    date: dt ? dh / dt : 0,
    dateHits: dh,
    dateTotal: dt,
    evidence: evAll ? evOk / evAll : 0,
    lines,
  };
}
