import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, readSessionCookie, sessionCookieName } from "../../server/auth/session-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("session token", () => {
  it("reads the claims of a token next-auth itself encoded", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 3 }, secret });
    expect(await decodeSessionToken(token, secret)).toEqual({ sub: "user-1", sv: 3 });
  });

  it("treats a token from before session versions as version 0 by leaving it unset", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret });
    expect(await decodeSessionToken(token, secret)).toEqual({ sub: "user-1", sv: undefined });
  });

  it("signs out a token that was tampered with, expired, or made with another secret", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret });
    expect(await decodeSessionToken(`${token.slice(0, -4)}AAAA`, secret)).toBeNull();
    expect(await decodeSessionToken(token, `${secret}-other`)).toBeNull();
    const expired = await encode({ token: { sub: "user-1" }, secret, maxAge: -60 });
    expect(await decodeSessionToken(expired, secret)).toBeNull();
    expect(await decodeSessionToken("not a token", secret)).toBeNull();
  });

  it("joins a token next-auth split over several cookies", () => {
    const jar: Record<string, string> = { "next-auth.session-token.0": "abc", "next-auth.session-token.1": "def" };
    expect(readSessionCookie((n) => jar[n], "next-auth.session-token")).toBe("abcdef");
  });

  it("uses the secure cookie name on https", () => {
    expect(sessionCookieName("https://causeway.example")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(undefined)).toBe("next-auth.session-token");
  });
});
