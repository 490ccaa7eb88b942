import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getCatalog } from "../../content/catalog";
import type { Db } from "../../db/connection";
import { chapterBySlug } from "../../domain/catalog";
import { PATH_KEYS, effectivePath, pathChapters, summarisePath } from "../../domain/learning-path";
import { QuizAnswerError, gradeQuiz, type QuizAnswers } from "../../domain/quiz";
import { createTRPCRouter, protectedProcedure, workspaceProcedure, workspaceRoleProcedure } from "../trpc";

const zSlug = z.string().trim().min(1, "is required").max(80, "is not a chapter");
const progressSelect = { chapterSlug: true, startedAt: true, completedAt: true, bestScore: true, quizTotal: true, lastActivityAt: true } as const;

/** A learner's chosen path and their progress on every chapter they have opened. */
async function loadLearner(db: Db, userId: string) {
  const [user, progress] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { learningPath: true } }),
    db.chapterProgress.findMany({ where: { userId }, select: progressSelect }),
  ]);
  return { chosenPath: user.learningPath, progress };
}

function requireChapter(slug: string) {
  const chapter = chapterBySlug(getCatalog(), slug);
  if (!chapter) throw new TRPCError({ code: "NOT_FOUND", message: `chapter: no chapter "${slug}"` });
  return chapter;
}

export const learnRouter = createTRPCRouter({
  /** The caller's own progress on every chapter they have opened, and their path choice. */
  myProgress: protectedProcedure.query(({ ctx }) => loadLearner(ctx.db, ctx.user.id)),

  /** The caller's path in one workspace: chosen, or from their discipline there. */
  myPath: workspaceProcedure.query(async ({ ctx }) => {
    const { chosenPath, progress } = await loadLearner(ctx.db, ctx.user.id);
    const key = effectivePath(chosenPath, ctx.membership.discipline);
    const steps = pathChapters(getCatalog(), key);
    return { key, chosen: chosenPath !== null, steps, progress, summary: summarisePath(steps, progress) };
  }),

  /** Choose a path, or null to follow the discipline again. */
  setPath: protectedProcedure
    .input(z.object({ path: z.enum(PATH_KEYS, "must be one of manager, data_scientist, ml_engineer, data_engineer or all").nullable() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.user.update({ where: { id: ctx.user.id }, data: { learningPath: input.path } });
      return { chosenPath: input.path };
    }),

  startChapter: protectedProcedure.input(z.object({ chapter: zSlug })).mutation(async ({ ctx, input }) => {
    requireChapter(input.chapter);
    const now = new Date();
    return ctx.db.chapterProgress.upsert({
      where: { userId_chapterSlug: { userId: ctx.user.id, chapterSlug: input.chapter } },
      create: { userId: ctx.user.id, chapterSlug: input.chapter },
      update: { lastActivityAt: now },
      select: progressSelect,
    });
  }),

  setComplete: protectedProcedure.input(z.object({ chapter: zSlug, complete: z.boolean() })).mutation(async ({ ctx, input }) => {
    requireChapter(input.chapter);
    const now = new Date();
    const completedAt = input.complete ? now : null;
    return ctx.db.chapterProgress.upsert({
      where: { userId_chapterSlug: { userId: ctx.user.id, chapterSlug: input.chapter } },
      create: { userId: ctx.user.id, chapterSlug: input.chapter, completedAt },
      update: { completedAt, lastActivityAt: now },
      select: progressSelect,
    });
  }),

  /** Grades on the server: the browser never receives the correct answers before submitting. */
  submitQuiz: protectedProcedure
    .input(
      z.object({
        chapter: zSlug,
        answers: z.record(z.string().max(10), z.array(z.number().int().min(0).max(9)).max(10)).refine((a) => Object.keys(a).length <= 30, "too many answers"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const chapter = requireChapter(input.chapter);
      let grade;
      try {
        grade = gradeQuiz(chapter.quiz, input.answers as QuizAnswers);
      } catch (e) {
        if (e instanceof QuizAnswerError) throw new TRPCError({ code: "BAD_REQUEST", message: e.message });
        throw e;
      }
      const key = { userId_chapterSlug: { userId: ctx.user.id, chapterSlug: chapter.slug } };
      await ctx.db.$transaction(async (tx) => {
        await tx.quizAttempt.create({ data: { userId: ctx.user.id, chapterSlug: chapter.slug, answers: input.answers, score: grade.score, total: grade.total } });
        const existing = await tx.chapterProgress.findUnique({ where: key, select: { bestScore: true } });
        const bestScore = Math.max(existing?.bestScore ?? 0, grade.score);
        await tx.chapterProgress.upsert({
          where: key,
          create: { userId: ctx.user.id, chapterSlug: chapter.slug, bestScore, quizTotal: grade.total },
          update: { bestScore, quizTotal: grade.total, lastActivityAt: new Date() },
        });
      });
      return grade;
    }),

  /** Owners and admins: every member's path, progress, quiz scores and last activity. */
  teamProgress: workspaceRoleProcedure("ADMIN").query(async ({ ctx }) => {
    const members = await ctx.db.membership.findMany({
      where: { workspaceId: ctx.membership.workspaceId },
      select: {
        discipline: true,
        user: { select: { id: true, name: true, email: true, learningPath: true, chapterProgress: { select: progressSelect } } },
      },
      orderBy: { createdAt: "asc" },
    });
    const catalog = getCatalog();
    return members.map((m) => {
      const key = effectivePath(m.user.learningPath, m.discipline);
      const steps = pathChapters(catalog, key);
      const progress = m.user.chapterProgress;
      return {
        userId: m.user.id,
        name: m.user.name,
        email: m.user.email,
        discipline: m.discipline,
        path: key,
        summary: summarisePath(steps, progress),
        chapters: steps.map((s) => {
          const p = progress.find((row) => row.chapterSlug === s.slug);
          return { number: s.number, slug: s.slug, title: s.title, started: Boolean(p), completed: Boolean(p?.completedAt), bestScore: p?.bestScore ?? null, quizTotal: p?.quizTotal ?? null };
        }),
      };
    });
  }),
});
