import { ZUpdateSettingsRequestSchema } from "./update-settings.types";
import { actorOf } from "./procedures";
import { projectProcedure } from "../../trpc";
import { updateSettings } from "../../../services/alignment/settings";

/** Sets the misalignment window, tolerance and stale period. */
export const updateSettingsProcedure = projectProcedure.input(ZUpdateSettingsRequestSchema).mutation(({ ctx, input }) => updateSettings(ctx.db, actorOf(ctx), { ...input, projectId: ctx.project.id }));
