"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";

export function SignUpForm({ next }: { next: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const { formRef, errorFor, formError } = useFormErrors(signUp.error, { name: "Your name", email: "Email", password: "Password" });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    setError(null);
    try {
      await signUp.mutateAsync({ name: String(form.get("name")), email, password });
    } catch {
      return; // shown beside the field it is about, or above the button
    }
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.error) return setError(result.error);
    router.push(next);
    router.refresh();
  }

  return (
    <Card>
      <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
      <form ref={formRef} onSubmit={onSubmit} className="space-y-4">
        <TextField label="Your name" name="name" autoComplete="name" required maxLength={80} error={errorFor("name")} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errorFor("email")} />
        <TextField label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." error={errorFor("password")} />
        <ErrorMessage error={formError ?? error} />
        <Button type="submit" disabled={signUp.isPending} className="w-full">
          {signUp.isPending ? "Creating account…" : "Create account"}
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700">
        Already have an account?{" "}
        <Link className="font-medium text-indigo-700 underline" href={`/signin?callbackUrl=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </Card>
  );
}
