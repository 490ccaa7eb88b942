import Link from "next/link";
import { redirect } from "next/navigation";
import { getServerCaller } from "~/server/api/rsc";
import { getSessionUser } from "~/server/auth/session";

export const dynamic = "force-dynamic";

export default async function Home() {
  if (await getSessionUser()) {
    const workspaces = await (await getServerCaller()).workspace.list();
    redirect(workspaces.length === 1 ? `/w/${workspaces[0]!.slug}/dashboard` : "/workspaces");
  }
  return (
    <main className="mx-auto max-w-3xl px-6 py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">Causeway</p>
      <h1 className="mt-3 text-4xl font-bold text-slate-900">Design ML systems that keep working in production.</h1>
      <p className="mt-5 text-lg text-slate-700">
        A shared workspace for managers, data scientists and engineers: onboarding lessons, a design document per
        project organised around a ten-step plan, regular maturity assessments, and a dashboard that shows which
        design levers hold your system back.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/signup" className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800">
          Create an account
        </Link>
        <Link href="/signin" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-50">
          Sign in
        </Link>
        <Link href="/learn" className="rounded-md px-4 py-2 font-medium text-indigo-800 underline">
          Browse the chapter guides
        </Link>
      </div>
    </main>
  );
}
