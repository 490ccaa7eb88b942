// Judges a new password with zxcvbn-ts (a pattern-matching estimator with a common-password
// dictionary), so "aaaaaaaaaa", "1234567890" or a name-plus-year are refused with a reason.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** zxcvbn scores 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const getEstimator = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/** A sentence saying why the password is refused, or null when it is strong enough. */
export function judgePassword(password: string, userInputs: string[] = []): string | null {
  if (password.trim().length === 0) return "must not be only spaces";
  const result = getEstimator().check(password, userInputs.filter(Boolean));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "it would be guessed quickly";
  const tip = result.feedback.suggestions[0] ?? "Add a few uncommon words.";
  return `is too easy to guess: ${why.replace(/\.$/, "")}. ${tip}`;
}
