import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../server/domain/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeReturnPath("/w/acme/dashboard?round=2#levers")).toBe("/w/acme/dashboard?round=2#levers");
  });

  it.each([
    ["/\\evil.example/x"], // decoded from /%5Cevil.example/x
    ["/\t/evil.example/x"], // decoded from /%09/evil.example/x
    ["//evil.example/x"],
    ["/\n/evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [""],
    [null],
    [undefined],
  ])("sends %j home instead of off-site", (raw) => {
    expect(safeReturnPath(raw)).toBe("/");
  });

  it("refuses absurdly long paths", () => {
    expect(safeReturnPath(`/${"a".repeat(5000)}`)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeReturnPath("//x", "/workspaces")).toBe("/workspaces");
  });
});
