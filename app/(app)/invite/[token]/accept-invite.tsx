"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { disciplineOptions, type Discipline } from "~/components/vocabulary";

export function AcceptInvite({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invite.accept.mutationOptions({ onSuccess: ({ slug }) => router.push(`/w/${slug}/dashboard`) }));
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        accept.mutate({ token, discipline: new FormData(e.currentTarget).get("discipline") as Discipline });
      }}
    >
      <SelectField label="Your discipline" name="discipline" options={disciplineOptions} defaultValue="OTHER" />
      <ErrorMessage error={accept.error} />
      <Button type="submit" disabled={accept.isPending}>
        {accept.isPending ? "Joining…" : "Join workspace"}
      </Button>
    </form>
  );
}
