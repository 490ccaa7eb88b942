import { Badge } from "~/components/ui/card";
import { STAGE_LABELS, type ProjectStage } from "~/components/vocabulary";

const tone: Record<ProjectStage, string> = {
  IDEA: "bg-slate-100 text-slate-800",
  EXPLORATION: "bg-sky-100 text-sky-900",
  DEVELOPMENT: "bg-amber-100 text-amber-900",
  PRODUCTION: "bg-emerald-100 text-emerald-900",
  RETIRED: "bg-zinc-200 text-zinc-800",
};

export function StageBadge({ stage }: { stage: ProjectStage }) {
  return <Badge className={`shrink-0 ${tone[stage]}`}>{STAGE_LABELS[stage]}</Badge>;
}
