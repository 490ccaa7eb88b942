// The Learn API: progress, paths, quizzes and checklists belong to the person (protectedProcedure);
// the path and the team view are read within a workspace (workspaceProcedure and its role check).
import { createTRPCRouter } from "../../trpc";
import { getQuizRoute } from "./get-quiz";
import { myChecklistRoute } from "./my-checklist";
import { myPathRoute } from "./my-path";
import { myProgressRoute } from "./my-progress";
import { setChecklistItemRoute } from "./set-checklist-item";
import { setCompleteRoute } from "./set-complete";
import { setPathRoute } from "./set-path";
import { startChapterRoute } from "./start-chapter";
import { submitQuizRoute } from "./submit-quiz";
import { teamProgressRoute } from "./team-progress";

export const learnRouter = createTRPCRouter({
  myProgress: myProgressRoute,
  myPath: myPathRoute,
  setPath: setPathRoute,
  startChapter: startChapterRoute,
  setComplete: setCompleteRoute,
  getQuiz: getQuizRoute,
  submitQuiz: submitQuizRoute,
  myChecklist: myChecklistRoute,
  setChecklistItem: setChecklistItemRoute,
  teamProgress: teamProgressRoute,
});
