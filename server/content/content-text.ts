// Plain text of an MDX chapter body: what a reader reads, without markup, figures or components.
// Used for word counts and the search index.

export function mdxToPlainText(body: string): string {
  return body
    .replace(/<Figure[\s\S]*?<\/Figure>/g, " ") // diagrams: SVG markup is not prose
    .replace(/<Quiz\s*\/>/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ") // remaining JSX tags (their children stay)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links keep their text
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^\s*\|?[-:| ]+\|[-:| ]*$/gm, " ") // table separator rows
    .replace(/[#*_>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

export interface Heading {
  depth: 2 | 3;
  text: string;
}

/** `##` and `###` headings in order (ids are added by the caller with the same slugger rehype-slug uses). */
export function extractHeadings(body: string): Heading[] {
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of body.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    const match = !inFence && /^(##|###)\s+(.+?)\s*$/.exec(line);
    if (match) headings.push({ depth: match[1]!.length as 2 | 3, text: match[2]!.replace(/[`*_]/g, "") });
  }
  return headings;
}

/** Splits a body into sections at `##` headings: the unit the search index returns. */
export function splitSections(body: string): { heading: string | null; text: string }[] {
  const parts = body.split(/^##\s+/m);
  return parts
    .map((part, i) => {
      if (i === 0) return { heading: null, text: mdxToPlainText(part) };
      const newline = part.indexOf("\n");
      const heading = (newline === -1 ? part : part.slice(0, newline)).trim();
      return { heading, text: mdxToPlainText(newline === -1 ? "" : part.slice(newline + 1)) };
    })
    .filter((s) => s.text.length > 0 || s.heading);
}
