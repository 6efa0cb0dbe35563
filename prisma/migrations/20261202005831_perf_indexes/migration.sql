-- CreateIndex
CREATE INDEX "Article_updatedAt_idx" ON "Article"("updatedAt");

-- CreateIndex
CREATE INDEX "AuditLog_revertOf_idx" ON "AuditLog"("revertOf");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_reviewStatus_sortKey_id_idx" ON "Meeting"("deletedAt", "reviewStatus", "sortKey", "id");

-- CreateIndex
CREATE INDEX "Meeting_dateEnd_dateStart_idx" ON "Meeting"("dateEnd", "dateStart");

-- CreateIndex
CREATE INDEX "Meeting_updatedAt_idx" ON "Meeting"("updatedAt");

-- CreateIndex
CREATE INDEX "Official_updatedAt_idx" ON "Official"("updatedAt");

-- CreateIndex
CREATE INDEX "Official_mergedIntoId_idx" ON "Official"("mergedIntoId");
