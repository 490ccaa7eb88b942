import { Notice } from "~/components/ui/alert";
import { PageHeader } from "~/components/ui/page-header";

/** A section of the product that is planned but not built: says so plainly, shows nothing made up. */
export function NotBuiltYet({ title, purpose }: { title: string; purpose: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Notice>
        <p className="font-medium text-slate-900">This section is not built yet.</p>
        <p className="mt-1">{purpose}</p>
      </Notice>
    </>
  );
}
