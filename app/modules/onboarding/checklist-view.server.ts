import type { ChecklistStepStatus } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { dayOrNull } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { CHECKLISTS, type ChecklistName, type ChecklistStepId, type StepDetail } from "./checklist-steps";

/** One step as both pages read it: null status while nothing is saved; helpedBy in the page's script. */
export type ChecklistRow = {
  step: ChecklistStepId;
  status: ChecklistStepStatus | null;
  doneOn: string | null;
  helpedBy: string | null;
  detail: StepDetail;
};

/**
 * The shown part of a step's detail, each value checked, whatever the JSON holds: the
 * registration number of SE_REGISTERED; the bank and never more of the card than its last four
 * digits for SE_BANK_CARD. The bank stays as typed: the social worker's form saves it back.
 */
function shownDetail(step: ChecklistStepId, value: unknown): StepDetail {
  const detail = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof detail[key] === "string" && detail[key] ? (detail[key] as string) : undefined);
  if (step === "SE_REGISTERED") return { registrationNumber: text("registrationNumber") };
  if (step !== "SE_BANK_CARD") return {};
  const last4 = text("cardLast4");
  return { bank: text("bank"), cardLast4: last4 && /^\d{4}$/.test(last4) ? last4 : undefined };
}

/**
 * An artisan's two checklists (self-employed, learning the app), every step in order whether
 * saved yet or not: its status, the day, who helped and what may be shown. Read by the social
 * worker's checklist page and the artisan's own; the sealed card number is never read here.
 */
export async function artisanChecklists(
  db: Db,
  artisanId: string,
  locale: Locale,
): Promise<Record<ChecklistName, ChecklistRow[]>> {
  const rows = await db.checklistStep.findMany({
    where: { artisanId },
    select: { step: true, status: true, doneOn: true, detail: true, helpedById: true },
  });
  const helpers = await db.user.findMany({
    where: { id: { in: rows.flatMap((row) => (row.helpedById ? [row.helpedById] : [])) } },
    select: { id: true, name: true },
  });
  const helperName = new Map(helpers.map((user) => [user.id, uzbekText(user.name, locale)]));
  const list = (steps: readonly ChecklistStepId[]) =>
    steps.map((step): ChecklistRow => {
      const row = rows.find((r) => r.step === step);
      return {
        step,
        status: row?.status ?? null,
        doneOn: dayOrNull(row?.doneOn ?? null),
        helpedBy: row?.helpedById ? (helperName.get(row.helpedById) ?? null) : null,
        detail: shownDetail(step, row?.detail),
      };
    });
  return { selfEmployed: list(CHECKLISTS.selfEmployed), learning: list(CHECKLISTS.learning) };
}
