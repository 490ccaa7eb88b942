import { summariseTeamProgress } from "../../../services/learn/summarise-team-progress";
import { workspaceRoleProcedure } from "../../trpc";

/** Owners and admins: every member's path, progress, quiz scores and last activity. */
export const teamProgressRoute = workspaceRoleProcedure("ADMIN").query(({ ctx }) =>
  summariseTeamProgress(ctx.db, { user: ctx.user, membership: ctx.membership }),
);
