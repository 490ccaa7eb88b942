// Invite links: random tokens (only their hash is stored) with an expiry and optional revocation.
import { createHash, randomBytes } from "node:crypto";

export const INVITE_EXPIRY_DAYS = [1, 7, 30] as const;

export function newInviteToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type InviteStatus = "active" | "expired" | "revoked";

export function inviteStatus(invite: { expiresAt: Date; revokedAt: Date | null }, now: Date): InviteStatus {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt <= now) return "expired";
  return "active";
}

export function inviteExpiry(days: number, now: Date): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60_000);
}
