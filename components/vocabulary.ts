// Labels and option lists for the product's vocabulary, safe to import from client components.
// Only types come from server/domain (erased at build time), so the browser bundle never pulls in
// server code; `satisfies Record<…>` makes the type check fail when the domain gains a value.
import type { INVITE_EXPIRY_DAYS } from "~/server/domain/invite";
import type { ProjectStage } from "~/server/domain/project";
import type { Discipline, Role } from "~/server/domain/roles";

export type { Discipline, ProjectStage, Role };

export const ROLE_LABELS = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member" } as const satisfies Record<Role, string>;

export const DISCIPLINE_LABELS = {
  MANAGER: "Manager",
  DATA_SCIENTIST: "Data scientist",
  ML_ENGINEER: "ML engineer",
  DATA_ENGINEER: "Data engineer",
  OTHER: "Other",
} as const satisfies Record<Discipline, string>;

export const STAGE_LABELS = {
  IDEA: "Idea",
  EXPLORATION: "Exploration",
  DEVELOPMENT: "Development",
  PRODUCTION: "Production",
  RETIRED: "Retired",
} as const satisfies Record<ProjectStage, string>;

type ExpiryDays = (typeof INVITE_EXPIRY_DAYS)[number];
const EXPIRY_LABELS = { 1: "1 day", 7: "7 days", 30: "30 days" } as const satisfies Record<ExpiryDays, string>;

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

const optionsOf = <K extends string>(labels: Record<K, string>): Option<K>[] =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export const roleOptions = optionsOf<Role>(ROLE_LABELS);
/** Roles an invite link may grant (never ownership). */
export const inviteRoleOptions = roleOptions.filter((o) => o.value !== "OWNER");
export const disciplineOptions = optionsOf<Discipline>(DISCIPLINE_LABELS);
export const stageOptions = optionsOf<ProjectStage>(STAGE_LABELS);
export const expiryOptions: Option[] = Object.entries(EXPIRY_LABELS).map(([days, label]) => ({ value: days, label }));
export const DEFAULT_EXPIRY_DAYS = 7 satisfies ExpiryDays;

/** "an admin", "a member": a role inside a sentence. */
export function roleInSentence(role: Role): string {
  const word = ROLE_LABELS[role].toLowerCase();
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}

/** True when going from one role to the other takes rights away (roleOptions lists the most rights first). */
export function isStepDown(from: Role, to: Role): boolean {
  const order = roleOptions.map((o) => o.value);
  return order.indexOf(to) > order.indexOf(from);
}
