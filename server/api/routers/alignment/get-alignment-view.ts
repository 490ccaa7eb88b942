import { ZGetAlignmentViewRequestSchema } from "./get-alignment-view.types";
import { actorOf } from "./procedures";
import { getAlignmentView } from "../../../services/alignment/get-alignment-view";
import { projectProcedure } from "../../trpc";

/** The project's objectives, ML metrics, check-ins, signals and status. */
export const viewProcedure = projectProcedure.input(ZGetAlignmentViewRequestSchema).query(({ ctx }) => getAlignmentView(ctx.db, actorOf(ctx), { projectId: ctx.project.id }));
