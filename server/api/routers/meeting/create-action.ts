import { createAction } from "../../../services/meeting/create-action";
import { ZCreateActionRequestSchema } from "./create-action.types";
import { actorOf, meetingProcedure } from "./procedures";

/** Anyone in the meeting records an action. */
export const createActionProcedure = meetingProcedure
  .input(ZCreateActionRequestSchema)
  .mutation(({ ctx, input }) => {
    const { meetingId: _meetingId, ...fields } = input;
    return createAction(ctx.db, actorOf(ctx), { ...fields, meeting: ctx.meeting });
  });
