import type { Metadata } from "next";
import { NotBuiltYet } from "~/components/shell/not-built-yet";

export const metadata: Metadata = { title: "Dashboard" };

export default function DashboardPage() {
  return (
    <NotBuiltYet
      title="Dashboard"
      purpose="It will show each project's maturity across the design levers, trends between assessment rounds, where members disagree, and whether ML metrics still track the business objective."
    />
  );
}
