// `npx tsx scripts/quiz-balance.ts [--list]`: the answer-position and answer-length statistics the
// content check applies (server/domain/quiz-balance.ts), and with --list the single-choice
// questions whose right answer is the longest option, for authors evening them out.
import { quizBalance } from "../server/content/quiz-balance";
import matter from "gray-matter";
import { readFileSync, readdirSync } from "node:fs";
import type { QuizQuestion } from "../server/content/schemas";

// Read the frontmatter directly, so the statistics print even while the check fails.
const all: QuizQuestion[] = [];
for (const f of readdirSync("content/chapters").sort()) {
  const quiz = (matter(readFileSync(`content/chapters/${f}`, "utf8")).data as { quiz: QuizQuestion[] }).quiz;
  for (const q of quiz) {
    all.push(q);
    if (!process.argv.includes("--list") || q.kind !== "single") continue;
    const at = q.options.findIndex((o) => o.correct);
    const right = q.options[at]!.text.length;
    if (q.options.every((o, i) => i === at || o.text.length < right)) {
      console.log(`${f} ${q.id}: right answer ${right} characters, others ${q.options.filter((o) => !o.correct).map((o) => o.text.length).join(", ")}`);
    }
  }
}
const b = quizBalance(all);
const r = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10).join(", ");
console.log(`${b.questions} single-choice questions`);
console.log(`position 1, 2, 3, 4+: observed ${r(b.position.observed)}; expected ${r(b.position.expected)}; chi-square ${b.position.x2.toFixed(2)} (fails above ${b.position.critical})`);
console.log(`right answer longest: ${b.longest.observed[0]}, expected ${b.longest.expected[0]!.toFixed(1)}; chi-square ${b.longest.x2.toFixed(2)} (fails above ${b.longest.critical})`);
