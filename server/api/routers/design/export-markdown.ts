import { getCatalog } from "../../../content/catalog";
import { exportDesignDocument } from "../../../services/design/export-design-document";
import { designProcedure } from "./procedure";

/** The whole document as Markdown. */
export const exportMarkdownRoute = designProcedure.query(({ ctx }) =>
  exportDesignDocument(ctx.db, ctx.actor, {
    project: ctx.designProject,
    titles: Object.fromEntries(getCatalog().steps.map((s) => [s.n, s.title])),
  }),
);
