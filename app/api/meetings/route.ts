import { exportMeetings } from "./export";

export const dynamic = "force-dynamic";

/** `/api/meetings?…` — the filtered view as JSON (fields: lib/format/export.ts); `?format=csv` for CSV. */
export async function GET(request: Request) {
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "json";
  return exportMeetings(request, format);
}
