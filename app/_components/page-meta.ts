import "server-only";
import type { Metadata } from "next";
import { getEnv } from "@/lib/env";

const SITE_NAME = "لقاءات";

/** Title, description, canonical URL, OpenGraph and Twitter tags of one page, all saying the same thing. */
export function pageMetadata(opts: {
  title: string;
  description: string;
  path: string;
  feed?: string;
  type?: "website" | "article";
}): Metadata {
  const url = new URL(opts.path, getEnv().SITE_URL).toString();
  return {
    // The title already says what the page shows; the layout's « — لقاءات» suffix would repeat it.
    title: { absolute: opts.title },
    description: opts.description,
    alternates: {
      canonical: url,
      ...(opts.feed ? { types: { "application/atom+xml": new URL(opts.feed, getEnv().SITE_URL).toString() } } : {}),
    },
    openGraph: {
      title: opts.title,
      description: opts.description,
      url,
      siteName: SITE_NAME,
      locale: "ar",
      type: opts.type ?? "website",
    },
    twitter: { card: "summary", title: opts.title, description: opts.description },
  };
}

export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString();
}

/** `/officials/x` + a query string, or the bare path when there is none. */
export function withQuery(path: string, qs: URLSearchParams | string): string {
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page's search params as one canonical query string (repeated keys kept, in order). */
export async function queryOf(searchParams: SearchParams): Promise<string> {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams))
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) sp.append(k, x);
  return sp.toString();
}

/** A route's `[slug]` segment as written; a malformed %-escape is kept as it came. */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
