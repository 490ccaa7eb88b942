// Database errors the API turns into answers a user understands.

/**
 * A unique constraint refused the write: someone else created the same thing at the same moment.
 * Prisma reports it as P2002 through adapter-pg; the PGlite adapter passes the PostgreSQL error
 * (SQLSTATE 23505) through as the cause instead, so the cause chain is searched for either.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, originalCode, cause } = e as { code?: unknown; originalCode?: unknown; cause?: unknown };
    if (code === "P2002" || code === "23505" || originalCode === "23505") return true;
    e = cause;
  }
  return false;
}
