-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: throttle rows are now keyed by "email:<address>" or "ip:<client address>".
-- (Hand-edited from the generated drop/add so that existing rows are kept, re-keyed.)
ALTER TABLE "SignInThrottle" RENAME COLUMN "email" TO "key";
UPDATE "SignInThrottle" SET "key" = 'email:' || "key";

-- CreateIndex
CREATE INDEX "SignInThrottle_updatedAt_idx" ON "SignInThrottle"("updatedAt");
