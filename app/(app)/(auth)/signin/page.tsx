import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { githubEnabled } from "~/server/auth/options";
import { getSessionUser } from "~/server/auth/session";
import { safeReturnPath } from "~/server/domain/auth/return-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeReturnPath(callbackUrl);
  if (await getSessionUser()) redirect(next);
  return <SignInForm next={next} githubEnabled={githubEnabled} />;
}
