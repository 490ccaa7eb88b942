import { Badge } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { STATUS_LABELS, STATUS_TONES, type Status } from "./vocabulary";

export function StatusBadge({ status, className }: { status: Status | null; className?: string }) {
  if (!status) return <Badge className={className}>No objectives</Badge>;
  return <Badge className={cn("whitespace-nowrap", STATUS_TONES[status], className)}>{STATUS_LABELS[status]}</Badge>;
}
