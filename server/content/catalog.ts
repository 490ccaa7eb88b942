// Runtime access to the content: the catalogue (parsed from content/ once per process) and the
// compiled lesson bodies written by scripts/build-content.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildCatalog, type Catalog } from "../content/build-catalog";
import type { TocEntry } from "./compile";
import { loadContent } from "./load";

export const COMPILED_DIR = path.join(process.cwd(), ".content");

let catalog: Catalog | undefined;

export function getCatalog(): Catalog {
  return (catalog ??= buildCatalog(loadContent()));
}

export interface CompiledChapter {
  code: string;
  toc: TocEntry[];
}

export function getCompiledChapter(slug: string): CompiledChapter {
  const file = path.join(COMPILED_DIR, "chapters", `${slug}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as CompiledChapter;
  } catch {
    throw new Error(`${file} is missing: run \`npm run build:content\` (part of \`npm run build\`).`);
  }
}

export interface CompiledPlanGuide {
  code: string;
  summary: string;
}

/** The guidance for one plan step, compiled at build time from content/plan/step-NN.mdx. */
export function getCompiledPlanGuide(step: number): CompiledPlanGuide {
  const file = path.join(COMPILED_DIR, "plan", `step-${step}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as CompiledPlanGuide;
  } catch {
    throw new Error(`${file} is missing: run \`npm run build:content\` (part of \`npm run build\`).`);
  }
}
