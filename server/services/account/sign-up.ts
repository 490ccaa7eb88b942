import "server-only";
import { hashPassword } from "../../auth/password";
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors/app-error";

const EXISTS = "An account with this email already exists. Sign in instead.";

export async function signUp(db: Db, input: { name: string; email: string; password: string }) {
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", EXISTS);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { name: input.name, email: input.email, passwordHash }, select: { id: true, email: true, name: true } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", EXISTS); // a second sign-up for the same email won the race
    throw e;
  }
}
