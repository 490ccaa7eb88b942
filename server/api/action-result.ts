import "server-only";
// Server actions used by the static Learn pages call the same tRPC procedures through the
// server-side caller, so validation and authorisation stay in the routers. This turns a
// procedure's outcome into a plain, serialisable result for the browser.
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { formatInputError } from "./input-error";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: TRPCError["code"]; message: string };

export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (e) {
    if (e instanceof TRPCError) {
      const message = e.cause instanceof ZodError ? formatInputError(e.cause) : e.message;
      return { ok: false, code: e.code, message };
    }
    console.error("Learn action failed:", e);
    return { ok: false, code: "INTERNAL_SERVER_ERROR", message: "Something went wrong. Please try again." };
  }
}
