import "server-only";
import { getDb } from "@/lib/db";

export async function getMeetingEvidence(id: number) {
  return getDb().meeting.findUnique({
    where: { id },
    select: {
      dateStart: true,
      dateEnd: true,
      precision: true,
      dateText: true,
      dateExplanation: true,
      deletedAt: true,
      evidence: {
        where: { kind: "meeting" },
        orderBy: { id: "asc" },
        select: { id: true, text: true, article: { select: { id: true, title: true } } },
      },
    },
  });
}
