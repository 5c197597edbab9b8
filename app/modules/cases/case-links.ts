/** The case's pages; ids only, never any of the case's words. */
export const casePath = (caseId: string, page = "") => `/cases/${encodeURIComponent(caseId)}${page ? `/${page}` : ""}`;

/** Where a change lands: the page with a "done" word and the section to read next. */
export const doneAt = (caseId: string, done: string, section: string, page = "") =>
  `${casePath(caseId, page)}?done=${done}#${section}`;

/** The "done" words a case page says once after a change (cases.done.<word>). */
export const DONE_NOTICES = [
  "opened",
  "assessment",
  "plan",
  "acknowledged",
  "status",
  "referral",
  "answer",
  "review",
  "note",
  "closed",
];
