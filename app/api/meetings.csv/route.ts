import { exportMeetings } from "../meetings/export";

export const dynamic = "force-dynamic";

/** `/api/meetings.csv?…` — the filtered view as CSV (UTF-8 with BOM). */
export async function GET(request: Request) {
  return exportMeetings(request, "csv");
}
