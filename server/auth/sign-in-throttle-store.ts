// The database side of sign-in throttling: one atomic upsert counts an attempt and returns the
// count, on PGlite and PostgreSQL alike. The policy itself is in server/domain/auth/sign-in-throttle.
import type { Db } from "../db/connection";
import { THROTTLE_RETENTION_MS, type ThrottleCount, type ThrottlePolicy } from "../domain/auth/sign-in-throttle";

/** Counts one attempt for `key`, starting a new window when the old one has passed and no lock holds. */
export async function countAttempt(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<ThrottleCount> {
  const windowFloor = new Date(now.getTime() - policy.windowMs);
  const rows = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN "SignInThrottle"."lockedUntil" > ${now} THEN "SignInThrottle"."failures" + 1
        WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN 1
        ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE
        WHEN "SignInThrottle"."lockedUntil" > ${now} THEN "SignInThrottle"."windowStart"
        WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN ${now}
        ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE WHEN "SignInThrottle"."lockedUntil" > ${now} THEN "SignInThrottle"."lockedUntil" ELSE NULL END,
      "updatedAt" = ${now}
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0]!;
  return { failures: Number(row.failures), lockedUntil: row.lockedUntil ? new Date(row.lockedUntil) : null };
}

export async function lockKey(db: Db, key: string, until: Date): Promise<void> {
  await db.signInThrottle.updateMany({ where: { key }, data: { lockedUntil: until } });
}

/** A successful sign-in clears the email's count and gives back the address's counted attempt. */
export async function forgiveAttempt(db: Db, emailKey: string, addressKey: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: emailKey } });
  await db.signInThrottle.updateMany({ where: { key: addressKey, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

export async function deleteStaleThrottles(db: Db, now: Date): Promise<number> {
  const { count } = await db.signInThrottle.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - THROTTLE_RETENTION_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return count;
}
