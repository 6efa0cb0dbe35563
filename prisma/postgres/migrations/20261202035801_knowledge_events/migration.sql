-- CreateTable
CREATE TABLE "KnowledgeEvent" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "start" TEXT NOT NULL,
    "end" TEXT,
    "country" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "origin" TEXT NOT NULL DEFAULT 'knowledge',
    "correctedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeEvent_slug_key" ON "KnowledgeEvent"("slug");

-- CreateIndex
CREATE INDEX "KnowledgeEvent_start_idx" ON "KnowledgeEvent"("start");
