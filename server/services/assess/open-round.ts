import "server-only";
// An owner or admin opens a round for a project: the rubric is frozen to one version and every
// invitee gets a participant row, so "who has not answered" is a plain query.
import type { Db } from "../../db/connection";
import { canManageRounds, checkClosesAt } from "../../domain/assess";
import { AppError, refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { resolveRubricVersion, type RubricSource } from "./rubric-versions";

export interface OpenRoundInput {
  project: { id: string; workspaceId: string; archivedAt: Date | null };
  title: string;
  closesAt: Date;
  rubric: RubricSource;
  anonymous: boolean;
  inviteeIds: string[];
}

export async function openRound(db: Db, actor: MemberActor, input: OpenRoundInput, now = new Date()) {
  if (!canManageRounds(actor.membership.role)) throw new AppError("FORBIDDEN", "Only owners and admins can open an assessment round.");
  if (input.project.archivedAt) throw new AppError("PRECONDITION_FAILED", "Restore this project before opening a round for it.");
  refuseWith("BAD_REQUEST", checkClosesAt(input.closesAt, now));
  const inviteeIds = [...new Set(input.inviteeIds)];
  const members = await db.membership.count({ where: { workspaceId: input.project.workspaceId, userId: { in: inviteeIds } } });
  if (members !== inviteeIds.length) throw new AppError("BAD_REQUEST", "inviteeIds: everyone asked must be a member of this workspace");

  return db.$transaction(async (tx) => {
    const version = await resolveRubricVersion(tx, input.project.workspaceId, input.rubric);
    const round = await tx.assessmentRound.create({
      data: {
        workspaceId: input.project.workspaceId,
        projectId: input.project.id,
        title: input.title,
        closesAt: input.closesAt,
        anonymous: input.anonymous,
        rubricVersionId: version.id,
        openedById: actor.user.id,
      },
      select: { id: true, title: true, closesAt: true, anonymous: true, status: true },
    });
    await tx.roundParticipant.createMany({ data: inviteeIds.map((userId) => ({ roundId: round.id, userId })) });
    return round;
  });
}
