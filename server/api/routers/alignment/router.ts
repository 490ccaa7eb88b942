// Alignment: business objectives, the ML metrics that proxy them, check-ins and their signals.
import { checkInHistoryProcedure } from "./list-check-in-history";
import { checkInTemplateProcedure } from "./get-check-in-template";
import { createCheckInProcedure } from "./create-check-in";
import { createMlMetricProcedure } from "./create-ml-metric";
import { createObjectiveProcedure } from "./create-objective";
import { deleteCheckInProcedure } from "./delete-check-in";
import { deleteMlMetricProcedure } from "./delete-ml-metric";
import { deleteObjectiveProcedure } from "./delete-objective";
import { exportCheckInsProcedure } from "./export-check-ins";
import { importCheckInsProcedure } from "./import-check-ins";
import { previewImportProcedure } from "./preview-check-in-import";
import { removeMappingProcedure } from "./remove-mapping";
import { setMappingProcedure } from "./set-mapping";
import { updateCheckInProcedure } from "./update-check-in";
import { updateMlMetricProcedure } from "./update-ml-metric";
import { updateObjectiveProcedure } from "./update-objective";
import { updateSettingsProcedure } from "./update-settings";
import { viewProcedure } from "./get-alignment-view";
import { workspaceOverviewProcedure } from "./get-workspace-alignment";
import { createTRPCRouter } from "../../trpc";

export const alignmentRouter = createTRPCRouter({
  view: viewProcedure,
  workspaceOverview: workspaceOverviewProcedure,
  createObjective: createObjectiveProcedure,
  updateObjective: updateObjectiveProcedure,
  deleteObjective: deleteObjectiveProcedure,
  createMlMetric: createMlMetricProcedure,
  updateMlMetric: updateMlMetricProcedure,
  deleteMlMetric: deleteMlMetricProcedure,
  setMapping: setMappingProcedure,
  removeMapping: removeMappingProcedure,
  createCheckIn: createCheckInProcedure,
  updateCheckIn: updateCheckInProcedure,
  deleteCheckIn: deleteCheckInProcedure,
  checkInHistory: checkInHistoryProcedure,
  updateSettings: updateSettingsProcedure,
  previewImport: previewImportProcedure,
  importCheckIns: importCheckInsProcedure,
  exportCheckIns: exportCheckInsProcedure,
  checkInTemplate: checkInTemplateProcedure,
});
