-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('INVITED', 'DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "WorkspaceRubric" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "latestVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceRubric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "rubricId" TEXT,
    "templateId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RubricVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "rubricVersionId" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "status" "RoundStatus" NOT NULL DEFAULT 'OPEN',
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "openedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundParticipant" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "ParticipantStatus" NOT NULL DEFAULT 'INVITED',
    "discipline" "Discipline",
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoundParticipant_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "RoundAnswer" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" INTEGER,
    "dontKnow" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceStep" INTEGER,
    "evidenceUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundAnswer_pkey" PRIMARY KEY ("roundId","userId","itemId")
);

-- CreateTable
CREATE TABLE "RoundAggregate" (
    "roundId" TEXT NOT NULL,
    "respondentCount" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "groups" JSONB NOT NULL,
    "disciplines" JSONB NOT NULL,
    "mlTestScore" JSONB,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundAggregate_pkey" PRIMARY KEY ("roundId")
);

-- CreateTable
CREATE TABLE "RoundGroupScore" (
    "roundId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "bandId" TEXT,
    "closedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoundGroupScore_pkey" PRIMARY KEY ("roundId","groupId")
);

-- CreateTable
CREATE TABLE "ItemExemption" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "ItemExemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundReminder" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sentById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "RoundReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkspaceRubric_workspaceId_idx" ON "WorkspaceRubric"("workspaceId");

-- CreateIndex
CREATE INDEX "RubricVersion_workspaceId_templateId_contentHash_idx" ON "RubricVersion"("workspaceId", "templateId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "RubricVersion_rubricId_version_key" ON "RubricVersion"("rubricId", "version");

-- CreateIndex
CREATE INDEX "AssessmentRound_projectId_status_closesAt_idx" ON "AssessmentRound"("projectId", "status", "closesAt");

-- CreateIndex
CREATE INDEX "AssessmentRound_workspaceId_status_idx" ON "AssessmentRound"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "RoundParticipant_userId_status_idx" ON "RoundParticipant"("userId", "status");

-- CreateIndex
CREATE INDEX "RoundGroupScore_projectId_closedAt_idx" ON "RoundGroupScore"("projectId", "closedAt");

-- CreateIndex
CREATE INDEX "RoundGroupScore_workspaceId_closedAt_idx" ON "RoundGroupScore"("workspaceId", "closedAt");

-- CreateIndex
CREATE INDEX "ItemExemption_projectId_itemId_idx" ON "ItemExemption"("projectId", "itemId");

-- CreateIndex
CREATE INDEX "RoundReminder_userId_readAt_idx" ON "RoundReminder"("userId", "readAt");

-- CreateIndex
CREATE INDEX "RoundReminder_roundId_idx" ON "RoundReminder"("roundId");

-- AddForeignKey
ALTER TABLE "WorkspaceRubric" ADD CONSTRAINT "WorkspaceRubric_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricVersion" ADD CONSTRAINT "RubricVersion_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "WorkspaceRubric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_rubricVersionId_fkey" FOREIGN KEY ("rubricVersionId") REFERENCES "RubricVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundAnswer" ADD CONSTRAINT "RoundAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundAggregate" ADD CONSTRAINT "RoundAggregate_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundGroupScore" ADD CONSTRAINT "RoundGroupScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemExemption" ADD CONSTRAINT "ItemExemption_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundReminder" ADD CONSTRAINT "RoundReminder_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

