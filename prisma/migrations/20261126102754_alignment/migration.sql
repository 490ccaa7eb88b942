-- CreateEnum
CREATE TYPE "MetricDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateEnum
CREATE TYPE "CheckInConfidence" AS ENUM ('ON_TRACK', 'AT_RISK', 'OFF_TRACK');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "AlignmentSettings" (
    "projectId" TEXT NOT NULL,
    "window" INTEGER NOT NULL DEFAULT 6,
    "tolerance" DOUBLE PRECISION NOT NULL DEFAULT 0.05,
    "staleDays" INTEGER NOT NULL DEFAULT 21,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlignmentSettings_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "BusinessObjective" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "metricName" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "baseline" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "direction" "MetricDirection" NOT NULL,
    "targetDate" DATE,
    "ownerId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MlMetric" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "baseline" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "direction" "MetricDirection" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MlMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricMapping" (
    "objectiveId" TEXT NOT NULL,
    "mlMetricId" TEXT NOT NULL,
    "hypothesis" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricMapping_pkey" PRIMARY KEY ("objectiveId","mlMetricId")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "businessValue" DOUBLE PRECISION NOT NULL,
    "mlValues" JSONB NOT NULL DEFAULT '{}',
    "confidence" "CheckInConfidence",
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInRevision" (
    "id" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "businessValue" DOUBLE PRECISION NOT NULL,
    "mlValues" JSONB NOT NULL,
    "confidence" "CheckInConfidence",
    "note" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BusinessObjective_projectId_idx" ON "BusinessObjective"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "MlMetric_projectId_name_key" ON "MlMetric"("projectId", "name");

-- CreateIndex
CREATE INDEX "MetricMapping_mlMetricId_idx" ON "MetricMapping"("mlMetricId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_objectiveId_date_key" ON "CheckIn"("objectiveId", "date");

-- CreateIndex
CREATE INDEX "CheckInRevision_objectiveId_checkInId_idx" ON "CheckInRevision"("objectiveId", "checkInId");

-- AddForeignKey
ALTER TABLE "AlignmentSettings" ADD CONSTRAINT "AlignmentSettings_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessObjective" ADD CONSTRAINT "BusinessObjective_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessObjective" ADD CONSTRAINT "BusinessObjective_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MlMetric" ADD CONSTRAINT "MlMetric_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricMapping" ADD CONSTRAINT "MetricMapping_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "BusinessObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricMapping" ADD CONSTRAINT "MetricMapping_mlMetricId_fkey" FOREIGN KEY ("mlMetricId") REFERENCES "MlMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "BusinessObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRevision" ADD CONSTRAINT "CheckInRevision_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "BusinessObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

