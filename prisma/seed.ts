// The demo workspace seeded into an empty database, so a first `npm start` has something to show.
import { hashPassword } from "../server/auth/password";
import { getCatalog } from "../server/content/catalog";
import { gradeQuiz, type QuizAnswers } from "../server/domain/quiz";
import type { Db } from "../server/db/connection";
import { hashInviteToken, newInviteToken } from "../server/domain/invite";
import { seedAssess } from "./seed/assess";
import { seedAlignment } from "./seed/alignment";
import { seedDesign } from "./seed/design";
import { seedMeetings } from "./seed/meetings";

export const DEMO_PASSWORD = "causeway-demo";
const DAY = 24 * 60 * 60 * 1000;

export const DEMO_USERS = [
  { email: "maya@demo.causeway.dev", name: "Maya Okafor", role: "OWNER", discipline: "MANAGER" },
  { email: "theo@demo.causeway.dev", name: "Theo Lindqvist", role: "ADMIN", discipline: "ML_ENGINEER" },
  { email: "priya@demo.causeway.dev", name: "Priya Raman", role: "MEMBER", discipline: "DATA_SCIENTIST" },
  { email: "sam@demo.causeway.dev", name: "Sam Ortiz", role: "MEMBER", discipline: "DATA_ENGINEER" },
] as const;

const DEMO_PROJECTS = [
  {
    name: "Card fraud detection",
    stage: "PRODUCTION",
    owner: 1,
    description: "Scores card transactions in real time and holds the riskiest for review. Live since spring; chargebacks are the business metric.",
  },
  {
    name: "Subscriber churn early warning",
    stage: "DEVELOPMENT",
    owner: 2,
    description: "Weekly batch scores of which subscribers are likely to cancel in the next 30 days, feeding the retention team's outreach list.",
  },
  {
    name: "Delivery ETA prediction",
    stage: "EXPLORATION",
    owner: 3,
    description: "Predicts courier arrival times shown in the app. Exploring whether live traffic features are worth their serving cost.",
  },
  {
    name: "Search ranking refresh",
    stage: "IDEA",
    owner: 0,
    description: "Replace the hand-tuned ranking rules with a learned ranker; first question is which business metric it should move.",
  },
] as const;

/** Seeds only when the database has no users. Returns true when it seeded. */
export async function seedDemo(db: Db): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: { id: string }[] = [];
  for (const u of DEMO_USERS) {
    users.push(await db.user.create({ data: { email: u.email, name: u.name, passwordHash }, select: { id: true } }));
  }
  const workspace = await db.workspace.create({
    data: {
      name: "Northwind Payments ML",
      slug: "northwind",
      memberships: { create: DEMO_USERS.map((u, i) => ({ userId: users[i]!.id, role: u.role, discipline: u.discipline })) },
    },
    select: { id: true },
  });
  for (const p of DEMO_PROJECTS) {
    await db.project.create({
      data: { workspaceId: workspace.id, name: p.name, stage: p.stage, description: p.description, ownerId: users[p.owner]!.id },
    });
  }
  await db.project.create({
    data: {
      workspaceId: workspace.id,
      name: "Legacy product recommender",
      stage: "RETIRED",
      description: "The first recommender, replaced last year. Kept for its post-mortem notes.",
      ownerId: users[1]!.id,
      archivedAt: new Date(),
    },
  });
  await seedLearning(db, users.map((u) => u.id));
  await seedAssess(db, workspace.id);
  await seedAlignment(db, workspace.id, DEMO_USERS.map((u, i) => ({ id: users[i]!.id, name: u.name }))); // ---- alignment ----
  await seedDesign(db, workspace.id, users.map((u) => u.id));
  await seedMeetings(db, workspace.id); // ---- meetings ----
  // The link the team first joined through: used three times, expired since, so Settings shows an ended link.
  await db.invite.create({
    data: {
      workspaceId: workspace.id,
      tokenHash: hashInviteToken(newInviteToken()),
      role: "MEMBER",
      createdById: users[0]!.id,
      useCount: 3,
      createdAt: new Date(Date.now() - 60 * DAY),
      expiresAt: new Date(Date.now() - 46 * DAY),
    },
  });
  // A second workspace so switching between workspaces can be tried straight away.
  await db.workspace.create({
    data: {
      name: "Research Sandbox",
      slug: "sandbox",
      memberships: { create: [{ userId: users[0]!.id, role: "OWNER", discipline: "MANAGER" }] },
      projects: { create: [{ name: "LLM support triage", stage: "IDEA", ownerId: users[0]!.id, description: "Can we route support tickets with a small fine-tuned model?" }] },
    },
  });
  return true;
}

// Some onboarding history, so the team view has something to show. Quiz attempts are graded by
// the real grader from answers with a given number of mistakes.
const DEMO_LEARNING: { user: number; chapter: number; completed: boolean; mistakes?: number }[] = [
  { user: 0, chapter: 1, completed: true, mistakes: 1 },
  { user: 1, chapter: 1, completed: true, mistakes: 0 },
  { user: 1, chapter: 2, completed: true, mistakes: 1 },
  { user: 1, chapter: 4, completed: false },
  { user: 2, chapter: 1, completed: true, mistakes: 2 },
  { user: 2, chapter: 2, completed: false },
];

async function seedLearning(db: Db, userIds: string[]) {
  const catalog = getCatalog();
  for (const entry of DEMO_LEARNING) {
    const chapter = catalog.chapters.find((c) => c.number === entry.chapter)!;
    const userId = userIds[entry.user]!;
    let best: { score: number; total: number } | null = null;
    if (entry.mistakes !== undefined) {
      const answers: QuizAnswers = Object.fromEntries(
        chapter.quiz.map((q, i) => {
          const right = q.options.filter((o) => o.correct).map((o) => o.id);
          const wrong = [q.options.find((o) => !o.correct)!.id];
          return [q.id, i < entry.mistakes! ? wrong : right];
        }),
      );
      const grade = gradeQuiz(chapter.quiz, answers);
      await db.quizAttempt.create({ data: { userId, chapterSlug: chapter.slug, answers, score: grade.score, total: grade.total } });
      best = grade;
    }
    await db.chapterProgress.create({
      data: {
        userId,
        chapterSlug: chapter.slug,
        completedAt: entry.completed ? new Date() : null,
        bestScore: best?.score ?? null,
        quizTotal: best?.total ?? null,
      },
    });
  }
}
