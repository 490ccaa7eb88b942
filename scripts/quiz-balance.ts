// `npx tsx scripts/quiz-balance.ts [--list] [ch01 ch02 …]`: the quiz cue statistics the content
// check applies (server/content/quiz-balance.ts), over every guide or only the ones named. With
// --list, each question's cue figures, for authors evening them out.
import { ABSOLUTE_WORDS, quizBalance, quizBalanceProblems } from "../server/content/quiz-balance";
import matter from "gray-matter";
import { readFileSync, readdirSync } from "node:fs";
import type { QuizQuestion } from "../server/content/schemas";

const only = process.argv.slice(2).filter((a) => /^ch\d\d$/.test(a));
const list = process.argv.includes("--list");
// Read the frontmatter directly, so the statistics print even while the check fails.
const all: QuizQuestion[] = [];
for (const f of readdirSync("content/chapters").sort()) {
  if (only.length && !only.includes(f.replace(/\.mdx$/, ""))) continue;
  const quiz = (matter(readFileSync(`content/chapters/${f}`, "utf8")).data as { quiz: QuizQuestion[] }).quiz;
  for (const q of quiz) {
    all.push(q);
    if (!list) continue;
    // Options by length, longest first: * marks correct ones, ! an absolute word.
    const byLength = [...q.options].sort((a, b) => b.text.length - a.text.length);
    const marks = byLength.map((o) => `${o.correct ? "*" : ""}${o.text.length}${ABSOLUTE_WORDS.test(o.text) ? "!" : ""}`);
    console.log(`${f} ${q.id} ${q.kind}: ${marks.join(" ")}`);
  }
}
const b = quizBalance(all);
const r = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10).join(", ");
const m = b.multiple;
console.log(`${b.questions} single-choice questions`);
console.log(`position 1, 2, 3, 4+: observed ${r(b.position.observed)}; expected ${r(b.position.expected)}; chi-square ${b.position.x2.toFixed(2)} (fails above ${b.position.critical})`);
console.log(`length rank longest, 2nd, between, shortest: observed ${r(b.lengthRank.observed)}; expected ${r(b.lengthRank.expected)}; chi-square ${b.lengthRank.x2.toFixed(2)} (fails above ${b.lengthRank.critical})`);
console.log(`${m.questions} multiple-choice questions`);
console.log(`length rank sum of correct options: ${m.lengthRank.rankSum.toFixed(1)}, expected ${m.lengthRank.expected.toFixed(1)}; z ${m.lengthRank.z.toFixed(2)} (fails beyond ±${m.lengthRank.critical})`);
console.log(`most common count: ${m.correctCount.value} correct in ${m.correctCount.questions}, ${m.wrongCount.value} wrong in ${m.wrongCount.questions} (each fails above ${Math.floor(m.questions * 0.6)})`);
console.log(`absolute words: wrong ${b.absolute.distractors.join(" of ")}, correct ${b.absolute.correct.join(" of ")}; z ${b.absolute.z.toFixed(2)} (fails beyond ±${b.absolute.critical})`);
console.log(`hedged words: wrong ${b.hedged.distractors.join(" of ")}, correct ${b.hedged.correct.join(" of ")}; z ${b.hedged.z.toFixed(2)} (fails beyond ±${b.hedged.critical})`);
const problems = quizBalanceProblems(b);
console.log(problems.length ? `FAILS:\n${problems.join("\n")}` : "passes");
