import { listChecklistTicks } from "../../../services/learn/list-checklist-ticks";
import { protectedProcedure } from "../../trpc";
import { ZMyChecklistRequestSchema } from "./my-checklist.types";

/** The caller's ticks on one chapter's "Apply it" checklist. */
export const myChecklistRoute = protectedProcedure
  .input(ZMyChecklistRequestSchema)
  .query(({ ctx, input }) => listChecklistTicks(ctx.db, { user: ctx.user }, input));
