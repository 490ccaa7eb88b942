import "server-only";
// Server components' access to the API: a caller for data the page needs to render, and
// prefetch + HydrateClient to hand query results to client components without a second fetch.
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { makeQueryClient } from "~/components/trpc/query-client";
import { getSessionUser } from "../auth/session";
import { getDb } from "../db";
import { appRouter, createCaller } from "./root";
import { createContextInner } from "./trpc";

const createRequestContext = cache(async () => createContextInner({ db: await getDb(), user: await getSessionUser() }));

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ ctx: createRequestContext, router: appRouter, queryClient: getQueryClient });

export const getServerCaller = cache(async () => createCaller(await createRequestContext()));

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}

/** Hands data the page already loaded to client components, so the same query does not run twice. */
export function seed<TData>(queryOptions: { queryKey: readonly unknown[] }, data: TData) {
  getQueryClient().setQueryData(queryOptions.queryKey, data);
}
