// Workspace roles and disciplines, and the rules for who may change whom.
// Rules: admins and owners manage members; only owners touch owners or grant ownership;
// a workspace always keeps at least one owner.

export const ROLES = ["OWNER", "ADMIN", "MEMBER"] as const;
export type Role = (typeof ROLES)[number];

export const DISCIPLINES = ["MANAGER", "DATA_SCIENTIST", "ML_ENGINEER", "DATA_ENGINEER", "OTHER"] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const ROLE_LABELS: Record<Role, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member" };
export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  MANAGER: "Manager",
  DATA_SCIENTIST: "Data scientist",
  ML_ENGINEER: "ML engineer",
  DATA_ENGINEER: "Data engineer",
  OTHER: "Other",
};

const RANK: Record<Role, number> = { MEMBER: 0, ADMIN: 1, OWNER: 2 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export interface MemberRef {
  userId: string;
  role: Role;
}

/** Returns why the change is refused, or null when it is allowed. */
export function refuseRoleChange(actor: MemberRef, target: MemberRef, newRole: Role, ownerCount: number): string | null {
  if (!hasRole(actor.role, "ADMIN")) return "Only owners and admins can change roles.";
  if ((target.role === "OWNER" || newRole === "OWNER") && actor.role !== "OWNER") {
    return "Only an owner can grant or remove the owner role.";
  }
  if (target.role === "OWNER" && newRole !== "OWNER" && ownerCount <= 1) {
    return "The last owner cannot be demoted. Make someone else an owner first.";
  }
  return null;
}

export function refuseRemoval(actor: MemberRef, target: MemberRef, ownerCount: number): string | null {
  const leaving = actor.userId === target.userId;
  if (target.role === "OWNER" && ownerCount <= 1) {
    return leaving
      ? "You are the last owner. Make someone else an owner before you leave."
      : "The last owner cannot be removed.";
  }
  if (leaving) return null;
  if (!hasRole(actor.role, "ADMIN")) return "Only owners and admins can remove members.";
  if (target.role === "OWNER" && actor.role !== "OWNER") return "Only an owner can remove another owner.";
  return null;
}

export function refuseDisciplineChange(actor: MemberRef, target: MemberRef): string | null {
  if (actor.userId === target.userId || hasRole(actor.role, "ADMIN")) return null;
  return "Only owners and admins can change another member's discipline.";
}

/** Invites can grant at most the inviter's own level, and never ownership. */
export function refuseInviteRole(actor: MemberRef, inviteRole: Role): string | null {
  if (!hasRole(actor.role, "ADMIN")) return "Only owners and admins can invite members.";
  if (inviteRole === "OWNER") return "Invites cannot grant the owner role; promote the member after they join.";
  return null;
}
