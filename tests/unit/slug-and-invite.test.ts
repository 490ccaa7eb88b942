import { describe, expect, it } from "vitest";
import { hashInviteToken, inviteStatus, newInviteToken } from "../../server/domain/invite";
import { slugify } from "../../server/domain/slug";
import { formatInputError } from "../../server/api/input-error";
import { z } from "zod";

describe("slugify", () => {
  it("makes readable URL parts", () => {
    expect(slugify("Bob's Lab")).toBe("bob-s-lab");
    expect(slugify("  Équipe Données  ")).toBe("equipe-donnees");
    expect(slugify("!!!")).toBe("workspace");
    expect(slugify("x".repeat(100))).toHaveLength(40);
  });
});

describe("invites", () => {
  it("hashes tokens so the stored value does not reveal the link", () => {
    const token = newInviteToken();
    expect(hashInviteToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteToken(token)).not.toBe(hashInviteToken(newInviteToken()));
  });
  it("reports revoked before expired", () => {
    const now = new Date();
    expect(inviteStatus({ expiresAt: new Date(now.getTime() - 1), revokedAt: now }, now)).toBe("revoked");
    expect(inviteStatus({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(inviteStatus({ expiresAt: new Date(now.getTime() + 1), revokedAt: null }, now)).toBe("active");
  });
});

describe("input errors", () => {
  it("names the field in the message", () => {
    const result = z.object({ name: z.string().min(2, "must be at least 2 characters") }).safeParse({ name: "x" });
    expect(formatInputError(result.error!)).toBe("name: must be at least 2 characters");
  });
});
