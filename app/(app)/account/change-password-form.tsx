"use client";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { useTRPC } from "~/components/trpc/provider";

/** Changing the password ends every session; this one signs straight back in with the new password. */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const [done, setDone] = useState(false);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const { formRef, errorFor, formError } = useFormErrors(change.error, { currentPassword: "Current password", newPassword: "New password" });
  return (
    <form
      ref={formRef}
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const newPassword = String(data.get("newPassword"));
        setDone(false);
        try {
          await change.mutateAsync({ currentPassword: String(data.get("currentPassword")), newPassword });
        } catch {
          return; // the error is shown below
        }
        await signIn("credentials", { email, password: newPassword, redirect: false });
        form.reset();
        setDone(true);
      }}
    >
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errorFor("currentPassword")} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters and hard to guess: a few unrelated words work well."
        error={errorFor("newPassword")}
      />
      <ErrorMessage error={formError} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? "Changing…" : "Change password"}
        </Button>
        <p role="status" className="text-sm text-emerald-800">
          {done ? "Password changed. Other devices have been signed out." : ""}
        </p>
      </div>
    </form>
  );
}
