// The example documents a team can start from.
import { CARD_FRAUD_EXAMPLE } from "./example-card-fraud";
import { CHURN_EXAMPLE } from "./example-churn";

export const DESIGN_EXAMPLES = { card_fraud: CARD_FRAUD_EXAMPLE, churn: CHURN_EXAMPLE } as const;
export type DesignExampleId = keyof typeof DESIGN_EXAMPLES;
export const DESIGN_EXAMPLE_IDS = Object.keys(DESIGN_EXAMPLES) as DesignExampleId[];
export const DESIGN_EXAMPLE_LABELS: Record<DesignExampleId, string> = {
  card_fraud: "Card fraud detection",
  churn: "Subscription churn early warning",
};
