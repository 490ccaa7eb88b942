import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingDeck } from "~/components/meeting/meeting-deck";
import { BottleneckSlide, ChangesSlide, DisagreementsSlide } from "~/components/meeting/round-slides";
import { AlignmentBeside } from "~/components/steer/alignment-beside";
import { causalViewModel, nodeNames } from "~/components/steer/causal-view-model";
import { loadProject } from "~/server/api/load-workspace";
import { orPageOutcome } from "~/server/api/page-outcome";
import { SLIDES } from "~/server/domain/meeting";

export const metadata: Metadata = { title: "Meeting" };

interface PageProps {
  params: Promise<{ slug: string; projectId: string; meetingId: string }>;
}

export default async function MeetingPage({ params }: PageProps) {
  const { slug, projectId, meetingId } = await params;
  const { caller, project } = await loadProject(slug, projectId);
  const meeting = await orPageOutcome(caller.meeting.get({ meetingId }));
  if (meeting.projectId !== project.id) notFound();
  // The round's stored aggregates, as the dashboard reads them: no individual answers.
  const data = await orPageOutcome(caller.steer.dashboard({ projectId, roundId: meeting.round.id }));
  const model = causalViewModel();
  const names = nodeNames(model);
  const nameOf = (id: string) => names[id] ?? id;

  return (
    <MeetingDeck
      meeting={meeting}
      slides={SLIDES}
      projectName={project.name}
      nameOf={names}
      exitHref={`/w/${slug}/projects/${projectId}/dashboard?round=${meeting.round.id}`}
      staticSlides={{
        alignment: (
          <AlignmentBeside alignmentHref={`/w/${slug}/projects/${projectId}/alignment`} model={model} scores={data.scores} alignment={data.alignment} />
        ),
        changes: <ChangesSlide groups={data.groups} previousTitle={data.round?.previousTitle ?? null} nameOf={nameOf} />,
        disagreements: <DisagreementsSlide groups={data.groups} nameOf={nameOf} />,
        bottleneck: <BottleneckSlide model={model} scores={data.scores} groups={data.groups} nameOf={nameOf} />,
      }}
    />
  );
}
