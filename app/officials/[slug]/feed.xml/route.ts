import { feedOf } from "@/app/api/meetings/export";
import { getOfficial } from "@/lib/queries/officials";

export const dynamic = "force-dynamic";

/** `/officials/[slug]/feed.xml` — Atom feed of one official's meetings (filters as on the page). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  let slug = (await params).slug;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // keep the raw segment
  }
  const found = await getOfficial(slug);
  if (found.kind === "missing")
    return new Response("غير موجود", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (found.kind === "merged") {
    const url = new URL(request.url);
    return Response.redirect(new URL(`/officials/${encodeURIComponent(found.slug)}/feed.xml${url.search}`, url), 308);
  }
  const base = `/officials/${encodeURIComponent(found.official.slug)}`;
  return feedOf(request, {
    path: base,
    self: `${base}/feed.xml`,
    fixed: { officialId: found.official.id },
    fixedName: found.official.nameAr,
  });
}
