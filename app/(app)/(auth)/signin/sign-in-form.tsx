"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";

export function SignInForm({ next, githubEnabled }: { next: string; githubEnabled: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.");
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <Card>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <form onSubmit={onSubmit} className="space-y-4">
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <ErrorMessage error={error} />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {githubEnabled && (
        <Button variant="secondary" className="mt-3 w-full" onClick={() => signIn("github", { callbackUrl: next })}>
          Continue with GitHub
        </Button>
      )}
      <p className="mt-4 text-sm text-slate-700">
        New to Causeway?{" "}
        <Link className="font-medium text-indigo-700 underline" href={`/signup?callbackUrl=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </p>
    </Card>
  );
}
