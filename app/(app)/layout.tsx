import { TRPCReactProvider } from "~/components/trpc/provider";

// The interactive app (workspaces, projects, settings, sign-in) talks to the API through tRPC and
// React Query. The Learn section does not load this provider: its lesson pages stay light.
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
