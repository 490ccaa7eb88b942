"use client";
// The page body for one step: the editor, the guidance, review comments and history.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import type { StepNumber } from "~/server/domain/design/steps";
import { CommentsPanel } from "./comments-panel";
import { SectionEditor } from "./section-editor";

export function SectionWorkspace({
  projectId,
  workspaceId,
  step,
  meId,
  readOnly,
  guidance,
}: {
  projectId: string;
  workspaceId: string;
  step: StepNumber;
  meId: string;
  readOnly: boolean;
  guidance: React.ReactNode;
}) {
  const trpc = useTRPC();
  const section = useQuery(trpc.design.getSection.queryOptions({ projectId, step }));
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  if (!section.data) return <ErrorMessage error={section.error} />;
  return (
    <SectionEditor
      projectId={projectId}
      step={step}
      initial={section.data.section}
      members={(members.data ?? []).map((m) => ({ id: m.id, name: m.name }))}
      meId={meId}
      readOnly={readOnly}
      aside={
        <>
          {guidance}
          <CommentsPanel projectId={projectId} step={step} threads={section.data.threads} readOnly={readOnly} />
        </>
      }
    />
  );
}
