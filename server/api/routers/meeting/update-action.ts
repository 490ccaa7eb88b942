import { updateAction } from "../../../services/meeting/update-action";
import { actionProcedure, actorOf } from "./procedures";
import { ZUpdateActionRequestSchema } from "./update-action.types";

/** Any member edits an action of their workspace's project, naming the version they read. */
export const updateActionProcedure = actionProcedure
  .input(ZUpdateActionRequestSchema)
  .mutation(({ ctx, input }) => {
    const { actionId: _actionId, ...changes } = input;
    return updateAction(ctx.db, actorOf(ctx), { ...changes, action: ctx.action });
  });
