import { sendReminders as sendRemindersService } from "../../../services/assess/participation";
import { roundProcedure } from "./procedure";
import { ZSendRemindersRequestSchema } from "./send-reminders.types";

export const sendReminders = roundProcedure
  .input(ZSendRemindersRequestSchema)
  .mutation(({ ctx, input }) => sendRemindersService(ctx.db, ctx.actor, { round: ctx.round, userIds: input.userIds }));
