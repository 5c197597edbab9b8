import type { Db } from "~/utils/db.server";
import { casePath } from "./case-links";
import { openingFacts } from "./open.server";

/**
 * The case link on an artisan's caseload page: their open case when the worker may see it, "open
 * a case" when the worker may open one (level D/E/F, consent given, none open), else nothing.
 */
export async function artisanCaseLink(db: Db, workerId: string, artisanId: string) {
  const facts = await openingFacts(db, workerId, artisanId);
  if (!facts) return null;
  if (facts.openCaseId) return { to: casePath(facts.openCaseId), label: "cases.open.view" };
  if (!facts.mayRunCases || !facts.hasConsent || facts.hasOpenCase) return null;
  return { to: `/cases/new?artisan=${encodeURIComponent(artisanId)}`, label: "cases.open.link" };
}
