-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "updatedById" TEXT;

