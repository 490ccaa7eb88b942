import "server-only";
import type { Db } from "../../db/connection";
import { refuseDisciplineChange, type Discipline } from "../../domain/roles";
import { refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { loadMember } from "./membership-tx";

export async function changeMemberDiscipline(db: Db, actor: MemberActor, input: { userId: string; discipline: Discipline }) {
  const { workspaceId } = actor.membership;
  const target = await loadMember(db, workspaceId, input.userId);
  refuseWith("FORBIDDEN", refuseDisciplineChange(actor.membership, target));
  return db.membership.update({
    where: { workspaceId_userId: { workspaceId, userId: input.userId } },
    data: { discipline: input.discipline },
    select: { userId: true, role: true, discipline: true },
  });
}
