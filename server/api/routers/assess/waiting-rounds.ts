import { listWaitingRounds } from "../../../services/assess/list-rounds";
import { assessWorkspaceProcedure } from "./procedure";

/** Open rounds in this workspace that ask the caller and that they have not submitted. */
export const waitingRounds = assessWorkspaceProcedure.query(({ ctx }) => listWaitingRounds(ctx.db, ctx.actor));
