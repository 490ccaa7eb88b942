import { listParticipation } from "../../../services/assess/participation";
import { roundProcedure } from "./procedure";
import { ZParticipationRequestSchema } from "./participation.types";

/** Who has and has not answered (owners and admins); never what anyone answered. */
export const participation = roundProcedure.input(ZParticipationRequestSchema).query(({ ctx }) => listParticipation(ctx.db, ctx.actor, { round: ctx.round }));
