"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { useTRPC } from "~/components/trpc/provider";

export function RenameAccountForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const rename = useMutation(trpc.auth.updateName.mutationOptions({ onSuccess: () => (setSaved(true), router.refresh()) }));
  const { formRef, errorFor, formError } = useFormErrors(rename.error, { name: "Your name" });
  return (
    <form
      ref={formRef}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        rename.mutate({ name: String(new FormData(e.currentTarget).get("name")) });
      }}
    >
      <TextField label="Your name" name="name" defaultValue={name} required maxLength={80} autoComplete="name" error={errorFor("name")} />
      <ErrorMessage error={formError} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={rename.isPending}>
          {rename.isPending ? "Saving…" : "Save name"}
        </Button>
        <p role="status" className="text-sm text-emerald-800">
          {saved ? "Name saved." : ""}
        </p>
      </div>
    </form>
  );
}
