import { changePassword, signOutEverywhere, updateName } from "../../../services/account/update-account";
import { signUp } from "../../../services/account/sign-up";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../../trpc";
import { ZChangePasswordRequestSchema, ZSignUpRequestSchema, ZUpdateNameRequestSchema } from "./auth.types";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure.input(ZSignUpRequestSchema).mutation(({ ctx, input }) => signUp(ctx.db, input)),
  /** The signed-in user, as read from the database for this request (see getSessionUser). */
  me: protectedProcedure.query(({ ctx }) => ({ id: ctx.user.id, email: ctx.user.email, name: ctx.user.name })),
  updateName: protectedProcedure.input(ZUpdateNameRequestSchema).mutation(({ ctx, input }) => updateName(ctx.db, ctx, input)),
  changePassword: protectedProcedure.input(ZChangePasswordRequestSchema).mutation(({ ctx, input }) => changePassword(ctx.db, ctx, input)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx)),
});
