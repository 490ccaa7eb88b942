import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { hashPassword } from "../../auth/password";
import { isUniqueViolation } from "../../db/errors";
import { zEmail, zPassword, zPersonName } from "../inputs";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(z.object({ name: zPersonName, email: zEmail, password: zPassword }))
    .mutation(async ({ ctx, input }) => {
      const exists = new TRPCError({ code: "CONFLICT", message: "An account with this email already exists. Sign in instead." });
      const taken = await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (taken) throw exists;
      const passwordHash = await hashPassword(input.password);
      try {
        return await ctx.db.user.create({
          data: { name: input.name, email: input.email, passwordHash },
          select: { id: true, email: true, name: true },
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw exists; // a second sign-up for the same email won the race
        throw e;
      }
    }),

  me: protectedProcedure.query(({ ctx }) =>
    ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { id: true, email: true, name: true } }),
  ),
});
