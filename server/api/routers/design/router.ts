import { createTRPCRouter } from "../../trpc";
import { addCommentRoute } from "./add-comment";
import { applyExampleRoute } from "./apply-example";
import { diffRevisionsRoute } from "./diff-revisions";
import { exportMarkdownRoute } from "./export-markdown";
import { getDocumentRoute } from "./get-document";
import { getSectionRoute } from "./get-section";
import { listHistoryRoute } from "./list-history";
import { resolveCommentRoute } from "./resolve-comment";
import { restoreRevisionRoute } from "./restore-revision";
import { saveSectionRoute } from "./save-section";
import { setReviewPeriodRoute } from "./set-review-period";
import { trackMetricRoute } from "./track-metric";

export const designRouter = createTRPCRouter({
  getDocument: getDocumentRoute,
  getSection: getSectionRoute,
  saveSection: saveSectionRoute,
  listHistory: listHistoryRoute,
  diffRevisions: diffRevisionsRoute,
  restoreRevision: restoreRevisionRoute,
  addComment: addCommentRoute,
  resolveComment: resolveCommentRoute,
  exportMarkdown: exportMarkdownRoute,
  applyExample: applyExampleRoute,
  setReviewPeriod: setReviewPeriodRoute,
  trackMetric: trackMetricRoute,
});
