import { ZGetWorkspaceAlignmentRequestSchema } from "./get-workspace-alignment.types";
import { actorOf } from "./procedures";
import { getWorkspaceAlignment } from "../../../services/alignment/get-workspace-alignment";
import { workspaceProcedure } from "../../trpc";

/** Every active project's objectives with their status, worst first. */
export const workspaceOverviewProcedure = workspaceProcedure.input(ZGetWorkspaceAlignmentRequestSchema).query(({ ctx }) => getWorkspaceAlignment(ctx.db, actorOf(ctx), {}));
