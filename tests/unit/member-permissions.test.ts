import { describe, expect, it } from "vitest";
import { isStepDown } from "../../components/vocabulary";
import { memberPermissions } from "../../server/domain/member-permissions";

const owner = { userId: "o", role: "OWNER" as const };
const owner2 = { userId: "o2", role: "OWNER" as const };
const admin = { userId: "a", role: "ADMIN" as const };
const admin2 = { userId: "a2", role: "ADMIN" as const };
const member = { userId: "m", role: "MEMBER" as const };
const member2 = { userId: "m2", role: "MEMBER" as const };

describe("member permissions shown to a viewer", () => {
  it("never offers an admin the owner role or removing an owner", () => {
    expect(memberPermissions(admin, owner, 1)).toEqual({ roles: ["OWNER"], canRemove: false, canChangeDiscipline: true, canLeave: false });
    expect(memberPermissions(admin, member, 1).roles).toEqual(["ADMIN", "MEMBER"]);
    expect(memberPermissions(admin, admin2, 1)).toMatchObject({ roles: ["ADMIN", "MEMBER"], canRemove: true });
  });

  it("gives the sole owner a fixed role and no Leave", () => {
    expect(memberPermissions(owner, owner, 1)).toEqual({ roles: ["OWNER"], canRemove: false, canChangeDiscipline: true, canLeave: false });
  });

  it("lets one of two owners step down or leave", () => {
    expect(memberPermissions(owner, owner, 2)).toEqual({ roles: ["OWNER", "ADMIN", "MEMBER"], canRemove: false, canChangeDiscipline: true, canLeave: true });
    expect(memberPermissions(owner, owner2, 2)).toMatchObject({ roles: ["OWNER", "ADMIN", "MEMBER"], canRemove: true });
  });

  it("shows a member only their own discipline and Leave", () => {
    expect(memberPermissions(member, member, 1)).toEqual({ roles: ["MEMBER"], canRemove: false, canChangeDiscipline: true, canLeave: true });
    expect(memberPermissions(member, member2, 1)).toEqual({ roles: ["MEMBER"], canRemove: false, canChangeDiscipline: false, canLeave: false });
  });

  it("knows which role changes take rights away (the settings page asks before those on yourself)", () => {
    expect(isStepDown("OWNER", "ADMIN")).toBe(true);
    expect(isStepDown("ADMIN", "MEMBER")).toBe(true);
    expect(isStepDown("MEMBER", "ADMIN")).toBe(false);
    expect(isStepDown("ADMIN", "ADMIN")).toBe(false);
  });
});
