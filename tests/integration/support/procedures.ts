// Procedures of the API that take no workspace, project, round or meeting id: they act only on the
// caller's own account or learning. Router-enumerating guard tests (tenant isolation, hidden
// answers) cover every other procedure and list these as the exceptions.
export const NOT_TENANT_SCOPED_PROCEDURES = [
  "auth.signUp",
  "auth.me",
  "auth.updateName", // acts on the caller's own account only
  "auth.changePassword",
  "auth.signOutEverywhere",
  "workspace.list",
  "project.recent", // the caller's own workspaces only (tested in project.test.ts)
  "workspace.create",
  "invite.preview",
  "invite.accept",
  // a learner's own progress, path and quiz answers
  "learn.myProgress",
  "learn.setPath",
  "learn.startChapter",
  "learn.setComplete",
  "learn.submitQuiz",
  // ---- learn (quiz order, checklist ticks: the caller's own) ----
  "learn.getQuiz",
  "learn.myChecklist",
  "learn.setChecklistItem",
];
