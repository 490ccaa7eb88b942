import { describe, expect, it } from "vitest";
import { refuseDisciplineChange, refuseInviteRole, refuseRemoval, refuseRoleChange } from "../../server/domain/roles";

const owner = { userId: "o", role: "OWNER" as const };
const owner2 = { userId: "o2", role: "OWNER" as const };
const admin = { userId: "a", role: "ADMIN" as const };
const member = { userId: "m", role: "MEMBER" as const };

describe("role changes", () => {
  it("lets owners do anything that keeps an owner", () => {
    expect(refuseRoleChange(owner, member, "OWNER", 1)).toBeNull();
    expect(refuseRoleChange(owner, owner2, "MEMBER", 2)).toBeNull();
  });
  it("refuses demoting the last owner, even by themself", () => {
    expect(refuseRoleChange(owner, owner, "ADMIN", 1)).toMatch(/last owner/);
  });
  it("lets admins manage non-owners only", () => {
    expect(refuseRoleChange(admin, member, "ADMIN", 1)).toBeNull();
    expect(refuseRoleChange(admin, member, "OWNER", 1)).toMatch(/Only an owner/);
    expect(refuseRoleChange(admin, owner, "MEMBER", 2)).toMatch(/Only an owner/);
  });
  it("refuses members", () => {
    expect(refuseRoleChange(member, admin, "MEMBER", 1)).toMatch(/Only owners and admins/);
  });
});

describe("removal and leaving", () => {
  it("lets anyone but the last owner leave", () => {
    expect(refuseRemoval(member, member, 1)).toBeNull();
    expect(refuseRemoval(owner, owner, 1)).toMatch(/last owner/);
    expect(refuseRemoval(owner, owner, 2)).toBeNull();
  });
  it("lets admins remove members but not owners", () => {
    expect(refuseRemoval(admin, member, 1)).toBeNull();
    expect(refuseRemoval(admin, owner, 2)).toMatch(/Only an owner/);
    expect(refuseRemoval(member, admin, 1)).toMatch(/Only owners and admins/);
  });
});

describe("disciplines and invites", () => {
  it("lets members edit their own discipline only", () => {
    expect(refuseDisciplineChange(member, member)).toBeNull();
    expect(refuseDisciplineChange(member, admin)).not.toBeNull();
    expect(refuseDisciplineChange(admin, owner)).toBeNull();
  });
  it("never lets an invite grant ownership", () => {
    expect(refuseInviteRole(owner, "OWNER")).toMatch(/cannot grant the owner role/);
    expect(refuseInviteRole(admin, "ADMIN")).toBeNull();
    expect(refuseInviteRole(member, "MEMBER")).not.toBeNull();
  });
});
