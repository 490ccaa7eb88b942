import matter from "gray-matter";
import { readFileSync, readdirSync } from "node:fs";
const only = process.argv[2];
for (const f of readdirSync("content/chapters").sort()) {
  if (only && !f.startsWith(only)) continue;
  const quiz = (matter(readFileSync(`content/chapters/${f}`, "utf8")).data as any).quiz;
  for (const q of quiz) {
    if (q.kind !== "single") continue;
    const at = q.options.findIndex((o: any) => o.correct);
    const L = q.options[at].text.length;
    if (!q.options.every((o: any, i: number) => i === at || o.text.length < L)) continue;
    console.log(`## ${f} ${q.id}: ${q.prompt}`);
    for (const o of q.options) console.log(`  ${o.correct ? "*" : "-"} [${o.id}] (${o.text.length}) ${o.text}`);
  }
}
