import type { Metadata } from "next";
import { NotBuiltYet } from "~/components/shell/not-built-yet";

export const metadata: Metadata = { title: "Learn" };

export default function LearnPage() {
  return (
    <NotBuiltYet
      title="Learn"
      purpose="It will hold fifteen chapter guides on designing ML systems, learning paths for each discipline, quizzes, and your team's onboarding progress."
    />
  );
}
