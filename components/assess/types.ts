// Response types of the assess procedures, for client components (type-only: nothing server-side ships).
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

export type AssessOutputs = inferRouterOutputs<AppRouter>["assess"];
