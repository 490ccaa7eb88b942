import { describe, expect, it } from "vitest";
import { canManageProject } from "../../server/domain/project";

describe("canManageProject", () => {
  const project = { ownerId: "u-owner" };
  it("lets the project's owner manage it whatever their workspace role", () => {
    expect(canManageProject({ userId: "u-owner", role: "MEMBER" }, project)).toBe(true);
  });
  it("lets workspace admins and owners manage any project", () => {
    expect(canManageProject({ userId: "u-x", role: "ADMIN" }, project)).toBe(true);
    expect(canManageProject({ userId: "u-x", role: "OWNER" }, project)).toBe(true);
  });
  it("refuses a plain member who does not own the project", () => {
    expect(canManageProject({ userId: "u-x", role: "MEMBER" }, project)).toBe(false);
  });
});
