import { getPortfolio } from "../../../services/steer/get-portfolio";
import { workspaceProcedure } from "../../trpc";

/** Every active project of the workspace with the lever and condition scores of its latest closed round. */
export const portfolioRoute = workspaceProcedure.query(({ ctx }) => getPortfolio(ctx.db, { user: ctx.user, membership: ctx.membership }));
