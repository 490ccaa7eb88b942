import { setChecklistTick } from "../../../services/learn/set-checklist-tick";
import { protectedProcedure } from "../../trpc";
import { ZSetChecklistItemRequestSchema } from "./set-checklist-item.types";

/** Tick or untick one item of a chapter's "Apply it" checklist; answers the chapter's ticks. */
export const setChecklistItemRoute = protectedProcedure
  .input(ZSetChecklistItemRequestSchema)
  .mutation(({ ctx, input }) => setChecklistTick(ctx.db, { user: ctx.user }, input));
