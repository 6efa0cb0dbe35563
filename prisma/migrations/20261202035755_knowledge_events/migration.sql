-- CreateTable
CREATE TABLE "KnowledgeEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "start" TEXT NOT NULL,
    "end" TEXT,
    "country" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "origin" TEXT NOT NULL DEFAULT 'knowledge',
    "correctedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeEvent_slug_key" ON "KnowledgeEvent"("slug");

-- CreateIndex
CREATE INDEX "KnowledgeEvent_start_idx" ON "KnowledgeEvent"("start");
