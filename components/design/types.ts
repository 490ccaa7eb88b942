// Types of what the design procedures return, for client components (type-only imports).
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>["design"];
export type SectionData = Outputs["getSection"];
export type SectionView = SectionData["section"];
export type CommentThread = SectionData["threads"][number];
export type DocumentSummary = Outputs["getDocument"];
