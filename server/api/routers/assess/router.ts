// Assess: rubric rounds for a project. One file per procedure; authorisation in ./procedure.ts.
import { createTRPCRouter } from "../../trpc";
import { closeRound } from "./close-round";
import { copyRubric } from "./copy-rubric";
import { editRubric } from "./edit-rubric";
import { exportCsv } from "./export-csv";
import { getResults } from "./get-results";
import { getRound } from "./get-round";
import { getRubric } from "./get-rubric";
import { listExemptions } from "./list-exemptions";
import { listRounds } from "./list-rounds";
import { listTemplates } from "./list-templates";
import { openRound } from "./open-round";
import { participation } from "./participation";
import { revokeExemption } from "./revoke-exemption";
import { roundHistory } from "./round-history";
import { saveAnswers } from "./save-answers";
import { sendReminders } from "./send-reminders";
import { setExemption } from "./set-exemption";
import { waitingRounds } from "./waiting-rounds";

export const assessRouter = createTRPCRouter({
  listTemplates,
  openRound,
  listRounds,
  roundHistory,
  waitingRounds,
  getRound,
  saveAnswers,
  closeRound,
  participation,
  sendReminders,
  getResults,
  exportCsv,
  listExemptions,
  setExemption,
  revokeExemption,
  copyRubric,
  getRubric,
  editRubric,
});
