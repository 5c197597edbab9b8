import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { dayKey } from "~/utils/days";
import { tashkentNow } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import type { CasePart } from "./case-parts.server";
import { caseForWorker } from "./case-read.server";

/**
 * A case page's loader: the signed-in worker with case:manage, and the parts of the case the page
 * shows (one audited read); a case that is not theirs to see is not found. `today` (Tashkent) is
 * the default of the forms' date fields.
 */
export async function loadCasePage(request: Request, caseId: string | undefined, name: string, parts: CasePart[]) {
  const worker = await requirePermission(request, "case:manage");
  const found = await caseForWorker(getDb(), worker.id, caseId ?? "", requestLocale(request), { name, parts });
  if (!found) notFound();
  return { case: found, today: dayKey(tashkentNow().today) };
}

/** The worker behind a case page's form post (the module checks the case is theirs). */
export const requireCaseWorker = (request: Request) => requirePermission(request, "case:manage");
