-- DropIndex
DROP INDEX "Meeting_country_idx";

-- CreateIndex
CREATE INDEX "Meeting_country_deletedAt_idx" ON "Meeting"("country", "deletedAt");
