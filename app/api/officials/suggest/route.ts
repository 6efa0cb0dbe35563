import { listOfficialSuggestions } from "@/lib/queries/official-suggest";
import { officialSuggestSchema } from "@/lib/schemas/official-suggest";

export const dynamic = "force-dynamic";

// As the exports: a shared cache may keep an answer a minute (admins add aliases and merge officials).
const CACHE = "public, max-age=60";

/**
 * `/api/officials/suggest?q=…` — up to ten officials for the filter form's official field, as
 * `{ q, items: [{ slug, nameAr, nameEn }] }`; a missing or over-long q is a 400 with `{ error }`.
 */
export async function GET(request: Request) {
  const parsed = officialSuggestSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!parsed.success) {
    return Response.json(
      { error: parsed.error.issues[0]?.message ?? "طلب غير صالح." },
      { status: 400, headers: { "Cache-Control": CACHE } },
    );
  }
  const { q } = parsed.data;
  const items = q ? await listOfficialSuggestions(q) : [];
  return Response.json({ q, items }, { headers: { "Cache-Control": CACHE } });
}
