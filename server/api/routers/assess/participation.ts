import { listParticipation } from "../../../services/assess/participation";
import { roundProcedure } from "./procedure";

/** Who has and has not answered (owners and admins); never what anyone answered. */
export const participation = roundProcedure.query(({ ctx }) => listParticipation(ctx.db, ctx.actor, { round: ctx.round }));
