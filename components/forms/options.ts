// Select options for the domain's enumerations, labelled for people.
import { PROJECT_STAGES, STAGE_LABELS } from "~/server/domain/project";
import { DISCIPLINES, DISCIPLINE_LABELS, ROLES, ROLE_LABELS } from "~/server/domain/roles";

export const disciplineOptions = DISCIPLINES.map((d) => ({ value: d, label: DISCIPLINE_LABELS[d] }));
export const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
export const stageOptions = PROJECT_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));
