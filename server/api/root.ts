import { authRouter } from "./routers/auth";
import { designRouter } from "./routers/design/router";
import { inviteRouter } from "./routers/invite";
import { learnRouter } from "./routers/learn";
import { memberRouter } from "./routers/member";
import { projectRouter } from "./routers/project";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invite: inviteRouter,
  project: projectRouter,
  learn: learnRouter,
  design: designRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
