import { assessRouter } from "./routers/assess/router";
import { authRouter } from "./routers/auth/router";
import { alignmentRouter } from "./routers/alignment/router";
import { designRouter } from "./routers/design/router";
import { inviteRouter } from "./routers/invite";
import { learnRouter } from "./routers/learn/router";
import { meetingRouter } from "./routers/meeting/router";
import { memberRouter } from "./routers/member";
import { projectRouter } from "./routers/project/router";
import { steerRouter } from "./routers/steer/router";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invite: inviteRouter,
  project: projectRouter,
  learn: learnRouter,
  assess: assessRouter,
  alignment: alignmentRouter,
  design: designRouter,
  steer: steerRouter,
  meeting: meetingRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
