import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "~/server/auth/session";
import { safeReturnPath } from "~/server/domain/auth/return-path";
import { InviteBanner } from "../../invite/_components/invite-banner";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeReturnPath(callbackUrl);
  if (await getSessionUser()) redirect(next);
  return (
    <>
      <InviteBanner returnTo={next} />
      <SignUpForm next={next} />
    </>
  );
}
