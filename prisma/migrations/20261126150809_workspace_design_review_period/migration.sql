-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "designReviewDays" INTEGER NOT NULL DEFAULT 90;

