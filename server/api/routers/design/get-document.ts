import { getDesignDocument } from "../../../services/design/get-design-document";
import { designProcedure } from "./procedure";

/** The table of contents: status, completeness, review due and open comments per step. */
export const getDocumentRoute = designProcedure
  .query(({ ctx }) => getDesignDocument(ctx.db, ctx.actor, { project: ctx.designProject }));
