// Reading article files and manifests. Every failure is a value naming the file, never a throw,
// so that one bad file cannot stop a batch.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeArticleBytes, MAX_ARTICLE_BYTES, type ReadResult } from "./decode";

export { decodeArticleBytes, MAX_ARTICLE_BYTES, type ReadResult } from "./decode";

/**
 * The article file a manifest entry names, inside the manifest's folder. An absolute path or one
 * climbing out with ".." is refused: a manifest must not make the ingest read /etc/passwd.
 */
export function resolveEntryFile(dir: string, file: string): { ok: true; path: string } | { ok: false; error: string } {
  const full = path.resolve(dir, file);
  const rel = path.relative(path.resolve(dir), full);
  if (path.isAbsolute(file) || rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    return { ok: false, error: `${file}: refused, the path leaves the manifest's folder` };
  }
  return { ok: true, path: full };
}

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
    return {
      ok: false,
      error: code === "ENOENT" ? `${name}: file not found` : `${name}: cannot read file (${code ?? "error"})`,
    };
  }
  return decodeArticleBytes(bytes, name);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** Control characters (other than tab/newline/CR) have no place in a name, title or URL. */
const noControls = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);
const text = (max: number) => z.string().trim().max(max).refine(noControls, "contains control characters");

export const manifestEntrySchema = z.object({
  file: text(500).pipe(z.string().min(1)),
  source: text(300)
    .nullable()
    .optional()
    .transform((v) => v || null),
  // Only web links: a javascript: or data: URL must never reach an href.
  url: text(2000)
    .pipe(z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }))
    .nullable()
    .optional()
    .transform((v) => v || null),
  title: text(500)
    .nullable()
    .optional()
    .transform((v) => v || null),
  published: isoDate
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  language: z.string().trim().min(2).max(10).default("ar"),
});

export const manifestSchema = z
  .array(manifestEntrySchema)
  .max(100_000)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.file))
        ctx.addIssue({ code: "custom", path: [i, "file"], message: `duplicate entry for ${e.file}` });
      seen.add(e.file);
    });
  });

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export type ManifestResult = { ok: true; dir: string; entries: ManifestEntry[] } | { ok: false; error: string };

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
    const msg =
      (e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : `not valid JSON (${(e as Error).message})`;
    return { ok: false, error: `${file}: ${msg}` };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `${file}: invalid manifest\n${z.prettifyError(parsed.error)}` };
  return { ok: true, dir: path.dirname(file), entries: parsed.data };
}
