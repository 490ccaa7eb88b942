import { describe, expect, it } from "vitest";

describe("the public URL next-auth redirects to", () => {
  it("follows PORT when NEXTAUTH_URL is not set, so sign-out stays on the port being served", async () => {
    delete process.env.NEXTAUTH_URL;
    process.env.PORT = "4567";
    const { getAuthOptions } = await import("../../server/auth/options");
    getAuthOptions();
    expect(process.env.NEXTAUTH_URL).toBe("http://localhost:4567");
  });
});
