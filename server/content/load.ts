// Reads and validates everything under content/. Any problem, in any file, is collected and
// reported together as "file: problem" lines, so one build run shows every mistake.
import matter from "gray-matter";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { checkContent, type ContentSet, type LoadedChapter, type LoadedPlanGuide } from "../content/content-checks";
import { chapterFrontmatterSchema, glossaryFileSchema, planGuideFrontmatterSchema, nodesFileSchema, pathsFileSchema, stepsFileSchema } from "./schemas";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
  }
}

export const CONTENT_DIR = path.join(process.cwd(), "content");

function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string, problems: string[]): z.infer<T> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
  return null;
}

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    problems.push(`${path.relative(process.cwd(), file)}: ${(e as Error).message}`);
    return null;
  }
}

function readMdxDir<T extends z.ZodType>(dir: string, schema: T, problems: string[]): { file: string; meta: z.infer<T>; body: string }[] {
  const out: { file: string; meta: z.infer<T>; body: string }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".mdx")).sort()) {
    const file = path.join(dir, name);
    const relFile = path.relative(process.cwd(), file);
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${relFile}: frontmatter is not valid YAML: ${(e as Error).message}`);
      continue;
    }
    const meta = parseWith(schema, parsed.data, relFile, problems);
    if (meta) out.push({ file: relFile, meta, body: parsed.content });
  }
  return out;
}

export function loadContent(dir = CONTENT_DIR): ContentSet {
  const problems: string[] = [];
  const rel = (f: string) => path.relative(process.cwd(), f);

  const chapters: LoadedChapter[] = readMdxDir(path.join(dir, "chapters"), chapterFrontmatterSchema, problems);
  chapters.sort((a, b) => a.meta.number - b.meta.number);
  const planGuides: LoadedPlanGuide[] = readMdxDir(path.join(dir, "plan"), planGuideFrontmatterSchema, problems);
  planGuides.sort((a, b) => a.meta.step - b.meta.step);

  const glossaryDir = path.join(dir, "glossary");
  const glossary = readdirSync(glossaryDir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const file = path.join(glossaryDir, name);
      const entries = parseWith(glossaryFileSchema, readJson(file, problems), rel(file), problems);
      return entries ? [{ file: rel(file), entries }] : [];
    });

  const nodesFile = path.join(dir, "model", "nodes.json");
  const stepsFile = path.join(dir, "plan", "steps.json");
  const pathsFile = path.join(dir, "paths.json");
  const nodes = parseWith(nodesFileSchema, readJson(nodesFile, problems), rel(nodesFile), problems);
  const steps = parseWith(stepsFileSchema, readJson(stepsFile, problems), rel(stepsFile), problems);
  const paths = parseWith(pathsFileSchema, readJson(pathsFile, problems), rel(pathsFile), problems);
  if (problems.length || !nodes || !steps || !paths) throw new ContentError(problems);

  const set: ContentSet = { chapters, planGuides, glossary, nodes, steps, paths };
  const crossProblems = checkContent(set);
  if (crossProblems.length) throw new ContentError(crossProblems);
  return set;
}
