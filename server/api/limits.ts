// Request limits shared by the API handler and the browser's tRPC client (browser-safe: constants only).

/** Calls one HTTP request may carry; the client's batch link splits larger batches to match. */
export const MAX_BATCH_SIZE = 10;

/** Request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1_000_000;

/** Procedures that take files (CSV imports) may send this much. */
export const MAX_IMPORT_BODY_BYTES = 4_000_000;
export const IMPORT_PROCEDURES: ReadonlySet<string> = new Set<string>(["alignment.previewImport", "alignment.importCheckIns"]);

/** Procedures that must be a request of their own: one request may not create many accounts. */
export const UNBATCHABLE_PROCEDURES: ReadonlySet<string> = new Set(["auth.signUp"]);
