/** A positive integer route id, or null (the page then calls notFound()). */
export function parseId(raw: string | undefined): number | null {
  return raw && /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

export function parsePage(raw: string | string[] | undefined): number {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && /^\d{1,5}$/.test(v) && Number(v) > 0 ? Number(v) : 1;
}

export function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
