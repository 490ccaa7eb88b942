import { createTRPCRouter } from "../../trpc";
import { archiveProjectProcedure, restoreProjectProcedure } from "./archive-project";
import { createProjectProcedure } from "./create-project";
import { getProjectProcedure } from "./get-project";
import { listProjectsProcedure } from "./list-projects";
import { listRecentProjectsProcedure } from "./list-recent-projects";
import { updateProjectProcedure } from "./update-project";

export const projectRouter = createTRPCRouter({
  list: listProjectsProcedure,
  recent: listRecentProjectsProcedure,
  get: getProjectProcedure,
  create: createProjectProcedure,
  update: updateProjectProcedure,
  archive: archiveProjectProcedure,
  restore: restoreProjectProcedure,
});
