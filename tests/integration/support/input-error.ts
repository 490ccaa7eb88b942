import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { ZodError } from "zod";
import { formatInputError } from "../../../server/api/input-error";

/** Asserts a BAD_REQUEST whose user-facing message names the field. */
export async function expectInputError(promise: Promise<unknown>, field: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  const cause = (error as TRPCError).cause;
  const message = cause instanceof ZodError ? formatInputError(cause) : (error as TRPCError).message;
  expect(message).toMatch(new RegExp(`(^|; )${field.replace(".", "\\.")}[:.]`));
}
