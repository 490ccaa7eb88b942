import "server-only";
// Starts a meeting that presents one closed round of a project, with the caller as facilitator.
// Only a closed round with lever scores can be presented (an ML Test Score round has none).
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";

export const NOT_A_PRESENTABLE_ROUND = "roundId: that is not a closed round of this project with lever scores";

export async function startMeeting(db: Db, actor: MemberActor, input: { projectId: string; archived: boolean; roundId: string }) {
  if (input.archived) throw new AppError("PRECONDITION_FAILED", "Restore this project before holding a meeting on it.");
  const round = await db.assessmentRound.findFirst({
    where: { id: input.roundId, projectId: input.projectId, status: "CLOSED", groupScores: { some: { kind: "lever" } } },
    select: { id: true },
  });
  if (!round) throw new AppError("BAD_REQUEST", NOT_A_PRESENTABLE_ROUND);
  return db.meeting.create({
    data: { workspaceId: actor.membership.workspaceId, projectId: input.projectId, roundId: round.id, facilitatorId: actor.user.id },
    select: { id: true, projectId: true, roundId: true, slideIndex: true, version: true },
  });
}
