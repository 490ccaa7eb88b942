// Learning-path names for pages and client components. The four discipline paths take their
// labels from the product vocabulary, so "ML engineer" reads the same everywhere; only the type
// comes from server/domain (erased at build time).
import { DISCIPLINE_LABELS } from "~/components/vocabulary";
import type { PathKey } from "~/server/domain/learning-path";

export type { PathKey };

export const PATH_LABELS = {
  manager: DISCIPLINE_LABELS.MANAGER,
  data_scientist: DISCIPLINE_LABELS.DATA_SCIENTIST,
  ml_engineer: DISCIPLINE_LABELS.ML_ENGINEER,
  data_engineer: DISCIPLINE_LABELS.DATA_ENGINEER,
  all: "Every chapter",
} as const satisfies Record<PathKey, string>;

/** The paths in the order the path menu lists them. */
export const PATH_KEYS = Object.keys(PATH_LABELS) as PathKey[];
