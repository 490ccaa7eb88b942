// Compiles a chapter body to an MDX function body with mdx-bundler (esbuild + remark/rehype).
// Runs at build time only (scripts/build-content.ts); pages evaluate the result to static HTML.
import GithubSlugger from "github-slugger";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { extractHeadings } from "../content/content-text";

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

export async function compileChapter(body: string, file: string): Promise<{ code: string; toc: TocEntry[] }> {
  try {
    const { code } = await bundleMDX({
      source: body,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
    });
    // rehype-slug uses github-slugger too, so these ids match the rendered headings.
    const slugger = new GithubSlugger();
    const toc = extractHeadings(body).map((h) => ({ ...h, id: slugger.slug(h.text) }));
    return { code, toc };
  } catch (e) {
    throw new Error(`${file}: MDX does not compile: ${(e as Error).message}`);
  }
}
