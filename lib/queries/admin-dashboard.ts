import "server-only";
import { getDb, type Db } from "../db";

/** The admin home's counts: what waits for review, and how much there is. */
export async function getDashboardCounts(db: Db = getDb()) {
  const [machineMeetings, machineOfficials, meetings, officials, articles, audit] = await Promise.all([
    db.meeting.count({ where: { reviewStatus: "machine", deletedAt: null } }),
    db.official.count({ where: { reviewStatus: "machine", mergedIntoId: null } }),
    db.meeting.count({ where: { deletedAt: null } }),
    db.official.count({ where: { mergedIntoId: null } }),
    db.article.count(),
    db.auditLog.count(),
  ]);
  return { machineMeetings, machineOfficials, meetings, officials, articles, audit };
}
