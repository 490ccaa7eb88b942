// Turns a zod validation failure into one readable sentence that names the field.
import type { ZodError } from "zod";

export function formatInputError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.filter((p) => typeof p === "string" || typeof p === "number").join(".");
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join("; ");
}
