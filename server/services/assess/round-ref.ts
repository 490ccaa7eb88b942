import "server-only";
// The round a round-scoped procedure acts on, as the roundProcedure builder loads it.
import type { Db } from "../../db/connection";
import type { Rubric } from "../../domain/assess";
import { readStoredRubric } from "./templates";

export interface RoundRef {
  id: string;
  workspaceId: string;
  projectId: string;
  title: string;
  status: "OPEN" | "CLOSED";
  anonymous: boolean;
  closesAt: Date;
  closedAt: Date | null;
  rubricVersionId: string;
}

export const roundRefSelect = {
  id: true,
  workspaceId: true,
  projectId: true,
  title: true,
  status: true,
  anonymous: true,
  closesAt: true,
  closedAt: true,
  rubricVersionId: true,
} as const;

export async function loadRubric(db: Pick<Db, "rubricVersion">, rubricVersionId: string): Promise<Rubric> {
  const v = await db.rubricVersion.findUniqueOrThrow({ where: { id: rubricVersionId }, select: { content: true } });
  return readStoredRubric(v.content);
}
