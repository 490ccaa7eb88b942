import "server-only";
// The one mapping from a procedure's refusal to what a page does: not signed in → sign in and come
// back to this exact page; not found, not allowed or malformed → the branded 404 (the same answer
// for all three, so a page never reveals whether another workspace's thing exists). Anything else
// is a real failure and goes to the error page.
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { safeReturnPath } from "../domain/auth/return-path";

const PATH_HEADER = "x-causeway-path"; // set by proxy.ts

export async function currentPath(fallback: string): Promise<string> {
  return safeReturnPath((await headers()).get(PATH_HEADER), fallback);
}

export async function signInRedirect(fallbackPath: string): Promise<never> {
  redirect(`/signin?callbackUrl=${encodeURIComponent(await currentPath(fallbackPath))}`);
}

/** Awaits a server-caller call, turning UNAUTHORIZED / NOT_FOUND / FORBIDDEN / BAD_REQUEST into page outcomes. */
export async function orPageOutcome<T>(call: Promise<T>, fallbackPath = "/"): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    if (e.code === "UNAUTHORIZED") return signInRedirect(fallbackPath);
    if (e.code === "NOT_FOUND" || e.code === "FORBIDDEN" || e.code === "BAD_REQUEST") notFound();
    throw e;
  }
}
