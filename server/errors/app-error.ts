// The one error type services throw for an outcome the user should read: a code that says what
// kind of refusal it is and a sentence for the person. The tRPC layer maps it in one place
// (server/api/trpc.ts); any other error is internal and reaches the browser only as an error id.

export type AppErrorCode =
  | "BAD_REQUEST" // input that passed the schema but breaks a rule ("the owner must be a member")
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT" // someone else changed it first, or it already exists
  | "PRECONDITION_FAILED" // the thing is in a state that does not allow this (archived, closed)
  | "PAYLOAD_TOO_LARGE"
  | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Extra data the client may use to recover (for example the current content on CONFLICT). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

/** Throws a FORBIDDEN / BAD_REQUEST AppError when a domain rule returned a refusal sentence. */
export function refuseWith(code: AppErrorCode, reason: string | null): void {
  if (reason) throw new AppError(code, reason);
}
