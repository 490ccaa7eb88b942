// What the meeting builder loads about the meeting a call acts on.
export interface MeetingRef {
  id: string;
  workspaceId: string;
  projectId: string;
  roundId: string;
  facilitatorId: string;
  slideIndex: number;
  version: number;
  endedAt: Date | null;
  projectArchived: boolean;
}
