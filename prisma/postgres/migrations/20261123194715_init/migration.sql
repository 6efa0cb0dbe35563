-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "file" TEXT,
    "source" TEXT,
    "url" TEXT,
    "title" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "published" TEXT,
    "publishedBy" TEXT NOT NULL DEFAULT 'unknown',
    "language" TEXT NOT NULL DEFAULT 'ar',
    "corrected" TEXT NOT NULL DEFAULT '[]',
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "demonyms" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'city',
    "country" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "country" TEXT,
    "gender" TEXT,
    "reviewStatus" TEXT NOT NULL DEFAULT 'machine',
    "origin" TEXT NOT NULL DEFAULT 'extract',
    "mergedIntoId" INTEGER,
    "corrected" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialAlias" (
    "id" SERIAL NOT NULL,
    "officialId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'extract',

    CONSTRAINT "OfficialAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "country" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'government',
    "reviewStatus" TEXT NOT NULL DEFAULT 'machine',
    "corrected" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyAlias" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'extract',

    CONSTRAINT "AgencyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT,
    "agencyId" INTEGER,
    "country" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tenure" (
    "id" SERIAL NOT NULL,
    "officialId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "from" TEXT,
    "to" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'knowledge',

    CONSTRAINT "Tenure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "precision" TEXT NOT NULL DEFAULT 'unknown',
    "dateText" TEXT NOT NULL DEFAULT '',
    "dateExplanation" TEXT NOT NULL DEFAULT '',
    "dateArticleId" INTEGER,
    "sortKey" TEXT NOT NULL DEFAULT '0000-00-00',
    "place" TEXT,
    "country" TEXT,
    "status" TEXT NOT NULL DEFAULT 'held',
    "topics" TEXT NOT NULL DEFAULT '[]',
    "reviewStatus" TEXT NOT NULL DEFAULT 'machine',
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "corrected" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "officialId" INTEGER,
    "roleText" TEXT,
    "side" TEXT NOT NULL DEFAULT 'other',
    "resolvedBy" TEXT NOT NULL DEFAULT 'name',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSource" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "precision" TEXT NOT NULL DEFAULT 'unknown',
    "dateText" TEXT NOT NULL DEFAULT '',
    "dateExplanation" TEXT NOT NULL DEFAULT '',
    "dateDependsOnPublished" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "status" TEXT NOT NULL DEFAULT 'held',
    "topics" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "participantId" INTEGER,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleMention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "role" TEXT,

    CONSTRAINT "ArticleMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'admin',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "revertOf" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_published_idx" ON "Article"("published");

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Official_slug_key" ON "Official"("slug");

-- CreateIndex
CREATE INDEX "Official_reviewStatus_idx" ON "Official"("reviewStatus");

-- CreateIndex
CREATE INDEX "Official_country_idx" ON "Official"("country");

-- CreateIndex
CREATE INDEX "OfficialAlias_normalized_idx" ON "OfficialAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialAlias_officialId_normalized_key" ON "OfficialAlias"("officialId", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE INDEX "Agency_country_idx" ON "Agency"("country");

-- CreateIndex
CREATE INDEX "AgencyAlias_normalized_idx" ON "AgencyAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyAlias_agencyId_normalized_key" ON "AgencyAlias"("agencyId", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Position_slug_key" ON "Position"("slug");

-- CreateIndex
CREATE INDEX "Position_agencyId_idx" ON "Position"("agencyId");

-- CreateIndex
CREATE INDEX "Tenure_officialId_idx" ON "Tenure"("officialId");

-- CreateIndex
CREATE INDEX "Tenure_positionId_idx" ON "Tenure"("positionId");

-- CreateIndex
CREATE INDEX "Meeting_sortKey_id_idx" ON "Meeting"("sortKey", "id");

-- CreateIndex
CREATE INDEX "Meeting_dateStart_idx" ON "Meeting"("dateStart");

-- CreateIndex
CREATE INDEX "Meeting_reviewStatus_idx" ON "Meeting"("reviewStatus");

-- CreateIndex
CREATE INDEX "Meeting_status_idx" ON "Meeting"("status");

-- CreateIndex
CREATE INDEX "Meeting_country_idx" ON "Meeting"("country");

-- CreateIndex
CREATE INDEX "MeetingParticipant_meetingId_idx" ON "MeetingParticipant"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_officialId_meetingId_idx" ON "MeetingParticipant"("officialId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingSource_articleId_idx" ON "MeetingSource"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingSource_meetingId_articleId_key" ON "MeetingSource"("meetingId", "articleId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");

-- CreateIndex
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId");

-- CreateIndex
CREATE INDEX "ArticleMention_officialId_idx" ON "ArticleMention"("officialId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleMention_articleId_officialId_key" ON "ArticleMention"("articleId", "officialId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_at_idx" ON "LoginAttempt"("key", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialAlias" ADD CONSTRAINT "OfficialAlias_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyAlias" ADD CONSTRAINT "AgencyAlias_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenure" ADD CONSTRAINT "Tenure_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenure" ADD CONSTRAINT "Tenure_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "MeetingParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleMention" ADD CONSTRAINT "ArticleMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleMention" ADD CONSTRAINT "ArticleMention_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
