-- AlterTable
ALTER TABLE "AlignmentSettings" ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "BusinessObjective" ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "MlMetric" ADD COLUMN     "updatedById" TEXT;

