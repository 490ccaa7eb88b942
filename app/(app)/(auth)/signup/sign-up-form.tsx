"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
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

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    setError(null);
    try {
      await signUp.mutateAsync({ name: String(form.get("name")), email, password });
    } catch (e) {
      setError((e as Error).message);
      return;
    }
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.error) return setError(result.error);
    router.push(next);
    router.refresh();
  }

  return (
    <Card>
      <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
      <form onSubmit={onSubmit} className="space-y-4">
        <TextField label="Your name" name="name" autoComplete="name" required maxLength={80} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." />
        <ErrorMessage error={error} />
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
