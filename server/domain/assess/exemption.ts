// "Not applicable" for an item in a project: it leaves the item out of scores until its expiry date,
// after which the item counts again. Records are never deleted, only revoked or left to expire.

export interface ExemptionPeriod {
  itemId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export const MAX_EXEMPTION_DAYS = 730;

export function isExemptionActive(e: ExemptionPeriod, at: Date): boolean {
  return e.createdAt <= at && e.expiresAt > at && (e.revokedAt === null || e.revokedAt > at);
}

/** Items exempt at a given moment (for a round: the moment it closed). */
export function exemptItemsAt(exemptions: ExemptionPeriod[], at: Date): Set<string> {
  return new Set(exemptions.filter((e) => isExemptionActive(e, at)).map((e) => e.itemId));
}

/** A refusal sentence for an expiry date, or null when it is acceptable. */
export function checkExemptionExpiry(expiresAt: Date, now: Date): string | null {
  if (expiresAt <= now) return "expiresAt: the expiry date must be in the future";
  if (expiresAt.getTime() - now.getTime() > MAX_EXEMPTION_DAYS * 86_400_000) {
    return "expiresAt: an exemption can last at most two years; renew it when it expires";
  }
  return null;
}
