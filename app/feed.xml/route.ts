import { feedOf } from "../api/meetings/export";

export const dynamic = "force-dynamic";

/** `/feed.xml?…` — Atom feed of the timeline, or of any filtered view of it. */
export async function GET(request: Request) {
  return feedOf(request, { path: "/", self: "/feed.xml" });
}
