import { redirect } from "next/navigation";

// A workspace's landing is the person's home page (the Dashboard).
export default async function WorkspaceHome({ params }: { params: Promise<{ slug: string }> }) {
  redirect(`/w/${(await params).slug}/dashboard`);
}
