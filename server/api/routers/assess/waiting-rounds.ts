import { listWaitingRounds } from "../../../services/assess/list-rounds";
import { assessWorkspaceProcedure } from "./procedure";
import { ZWaitingRoundsRequestSchema } from "./waiting-rounds.types";

/** Open rounds in this workspace that ask the caller and that they have not submitted. */
export const waitingRounds = assessWorkspaceProcedure.input(ZWaitingRoundsRequestSchema).query(({ ctx }) => listWaitingRounds(ctx.db, ctx.actor));
