// What a viewer may do to each member row, derived from the same rules the server enforces
// (server/domain/roles.ts), so the settings page offers only what the server would accept.
import { ROLES, refuseDisciplineChange, refuseRemoval, refuseRoleChange, type MemberRef, type Role } from "./roles";

export interface MemberPermissions {
  /** Roles the viewer may set on this member, including the current one; one entry means "fixed". */
  roles: Role[];
  canRemove: boolean;
  canChangeDiscipline: boolean;
  /** Only on the viewer's own row. */
  canLeave: boolean;
}

export function memberPermissions(viewer: MemberRef, target: MemberRef, ownerCount: number): MemberPermissions {
  const isSelf = viewer.userId === target.userId;
  const roles = ROLES.filter((r) => r === target.role || refuseRoleChange(viewer, target, r, ownerCount) === null);
  return {
    roles,
    canRemove: !isSelf && refuseRemoval(viewer, target, ownerCount) === null,
    canChangeDiscipline: refuseDisciplineChange(viewer, target) === null,
    canLeave: isSelf && refuseRemoval(viewer, target, ownerCount) === null,
  };
}

