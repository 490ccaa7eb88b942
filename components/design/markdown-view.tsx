// Renders a section's notes: Markdown through react-markdown, raw HTML shown as the text it is
// (never parsed), the output sanitised by rehype-sanitize, and links kept only when they point to
// http(s) or inside the app.
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "~/components/ui/cn";

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** remark plugin: turns every raw HTML node into plain text, so `<script>` reads as typed. */
function remarkHtmlAsText() {
  const walk = (node: MdNode) => {
    if (node.type === "html") node.type = "text";
    node.children?.forEach(walk);
  };
  return (tree: MdNode) => walk(tree);
}

export function safeUrl(url: string): string {
  const value = url.trim();
  if (/^https?:\/\//i.test(value)) return value;
  if (value.startsWith("/") && !value.startsWith("//")) return value; // in-app path
  if (value.startsWith("#")) return value;
  return "";
}

export function MarkdownView({ source, className }: { source: string; className?: string }) {
  return (
    <div className={cn("prose prose-sm max-w-none break-words prose-a:text-indigo-700", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkHtmlAsText]} rehypePlugins={[rehypeSanitize]} urlTransform={safeUrl}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
