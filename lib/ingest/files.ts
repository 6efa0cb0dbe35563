// Reading article files and manifests. Every failure is a value naming the file, never a throw,
// so that one bad file cannot stop a batch.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeArticleBytes, MAX_ARTICLE_BYTES, type ReadResult } from "./decode";

export { decodeArticleBytes, MAX_ARTICLE_BYTES, type ReadResult } from "./decode";

export function readArticleFile(file: string): ReadResult {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, error: `${name}: not a regular file` };
    if (stat.size > MAX_ARTICLE_BYTES) {
      return { ok: false, error: `${name}: file is too large (${stat.size} bytes, limit ${MAX_ARTICLE_BYTES})` };
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === "ENOENT" ? `${name}: file not found` : `${name}: cannot read file (${code ?? "error"})` };
  }
  return decodeArticleBytes(bytes, name);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const manifestEntrySchema = z.object({
  file: z.string().trim().min(1).max(500),
  source: z.string().trim().max(300).nullable().optional().transform((v) => v || null),
  url: z.string().trim().url().max(2000).nullable().optional().transform((v) => v || null),
  title: z.string().trim().max(500).nullable().optional().transform((v) => v || null),
  published: isoDate.nullable().optional().transform((v) => v ?? null),
  language: z.string().trim().min(2).max(10).default("ar"),
});

export const manifestSchema = z.array(manifestEntrySchema).max(100_000).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.file)) ctx.addIssue({ code: "custom", path: [i, "file"], message: `duplicate entry for ${e.file}` });
    seen.add(e.file);
  });
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export type ManifestResult =
  | { ok: true; dir: string; entries: ManifestEntry[] }
  | { ok: false; error: string };

/** Accepts a manifest path or a folder holding manifest.json. */
export function readManifest(target: string): ManifestResult {
  let file = target;
  try {
    if (fs.statSync(target).isDirectory()) file = path.join(target, "manifest.json");
  } catch {
    return { ok: false, error: `${target}: not found` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const msg = (e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : `not valid JSON (${(e as Error).message})`;
    return { ok: false, error: `${file}: ${msg}` };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `${file}: invalid manifest\n${z.prettifyError(parsed.error)}` };
  return { ok: true, dir: path.dirname(file), entries: parsed.data };
}
