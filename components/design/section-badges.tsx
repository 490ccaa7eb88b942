// Status, completeness and review-due marks shared by the table of contents and the progress strip.
import { Badge } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { REVIEW_DUE_LABELS, SECTION_STATUS_LABELS, type ReviewDueReason, type SectionStatus } from "~/server/domain/design/section";

const tone: Record<SectionStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  DRAFT: "bg-sky-100 text-sky-900",
  IN_REVIEW: "bg-violet-100 text-violet-900",
  DONE: "bg-emerald-100 text-emerald-900",
};

export function StatusBadge({ status }: { status: SectionStatus }) {
  return <Badge className={tone[status]}>{SECTION_STATUS_LABELS[status]}</Badge>;
}

export function ReviewDueBadge({ reason }: { reason: ReviewDueReason | null }) {
  if (!reason) return null;
  return (
    <Badge className="bg-amber-100 text-amber-950" title={REVIEW_DUE_LABELS[reason]}>
      Review due
    </Badge>
  );
}

export function CompletenessBar({ percent, className }: { percent: number; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <span className="h-2 w-20 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <span className="block h-full bg-indigo-700" style={{ width: `${percent}%` }} />
      </span>
      <span className="text-xs text-slate-700">{percent}% complete</span>
    </span>
  );
}
