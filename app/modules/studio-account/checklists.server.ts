import {
  CHECKLISTS,
  type ChecklistName,
  type ChecklistStepId,
  type StepDetail,
} from "~/modules/onboarding/checklist-steps";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

export type ChecklistEntry = {
  step: ChecklistStepId;
  done: boolean;
  doneOn: string | null;
  helper: string | null;
  /** What may be shown of a self-employed step: the registration number; the bank and last four digits of the card. */
  detail: StepDetail;
};

/** The shown part of a step's detail, each value checked: never more of the card than its last four digits. */
function shownDetail(step: ChecklistStepId, value: unknown, locale: Locale): StepDetail {
  const detail = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof detail[key] === "string" && detail[key] ? (detail[key] as string) : undefined);
  if (step === "SE_REGISTERED") return { registrationNumber: text("registrationNumber") };
  if (step !== "SE_BANK_CARD") return {};
  const [bank, last4] = [text("bank"), text("cardLast4")];
  return { bank: bank && uzbekText(bank, locale), cardLast4: last4 && /^\d{4}$/.test(last4) ? last4 : undefined };
}

/**
 * Both checklists (self-employed, learning the app), every step in order: done or waiting, the
 * day it was done and who helped. The sealed card number is never read here.
 */
export async function artisanChecklists(
  db: Db,
  artisanId: string,
  locale: Locale,
): Promise<Record<ChecklistName, ChecklistEntry[]>> {
  const rows = await db.checklistStep.findMany({
    where: { artisanId },
    select: { step: true, status: true, doneOn: true, helpedById: true, detail: true },
  });
  const helpers = await db.user.findMany({
    where: { id: { in: rows.flatMap((row) => (row.helpedById ? [row.helpedById] : [])) } },
    select: { id: true, name: true },
  });
  const helperName = new Map(helpers.map((user) => [user.id, uzbekText(user.name, locale)]));
  const entries = (steps: readonly ChecklistStepId[]) =>
    steps.map((step): ChecklistEntry => {
      const row = rows.find((r) => r.step === step);
      const done = row?.status === "DONE";
      return {
        step,
        done,
        doneOn: done ? (row.doneOn?.toISOString().slice(0, 10) ?? null) : null,
        helper: row?.helpedById ? (helperName.get(row.helpedById) ?? null) : null,
        detail: shownDetail(step, row?.detail, locale),
      };
    });
  return { selfEmployed: entries(CHECKLISTS.selfEmployed), learning: entries(CHECKLISTS.learning) };
}
