-- DropIndex
DROP INDEX "Meeting_deletedAt_reviewStatus_sortKey_id_idx";

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_sortKey_id_reviewStatus_idx" ON "Meeting"("deletedAt", "sortKey", "id", "reviewStatus");
