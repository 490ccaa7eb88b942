import "server-only";
// Owners and admins: every member's path, progress, quiz scores and last activity in one query.
import { getCatalog } from "../../content/catalog";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { effectivePath, pathChapters, summarisePath } from "../../domain/learning-path";
import type { MemberActor } from "../actor";
import { progressSelect } from "./chapter";

const memberSelect = {
  discipline: true,
  user: { select: { id: true, name: true, email: true, learningPath: true, chapterProgress: { select: progressSelect } } },
} satisfies Prisma.MembershipSelect;

export async function summariseTeamProgress(db: Db, actor: MemberActor) {
  const members = await db.membership.findMany({
    where: { workspaceId: actor.membership.workspaceId },
    select: memberSelect,
    orderBy: { createdAt: "asc" },
  });
  const catalog = getCatalog();
  return members.map((m) => {
    const key = effectivePath(m.user.learningPath, m.discipline);
    const steps = pathChapters(catalog, key);
    const progress = m.user.chapterProgress;
    const bySlug = new Map(progress.map((row) => [row.chapterSlug, row]));
    return {
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      discipline: m.discipline,
      path: key,
      summary: summarisePath(steps, progress),
      chapters: steps.map((s) => {
        const p = bySlug.get(s.slug);
        return {
          number: s.number,
          book: s.book,
          slug: s.slug,
          title: s.title,
          started: Boolean(p),
          completed: Boolean(p?.completedAt),
          bestScore: p?.bestScore ?? null,
          quizTotal: p?.quizTotal ?? null,
        };
      }),
    };
  });
}
