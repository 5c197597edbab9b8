import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { CHECKLISTS, type ChecklistName, type StepDetail } from "./checklist-steps";

/**
 * An artisan's two checklists, every step listed whether saved yet or not: status, date, who
 * helped, and what may be shown (registration number, bank and the card's last four digits).
 */
export async function artisanChecklists(db: Db, artisanId: string, locale: Locale) {
  const rows = await db.checklistStep.findMany({
    where: { artisanId },
    select: { step: true, status: true, doneOn: true, detail: true, helpedById: true },
  });
  const helpers = await db.user.findMany({
    where: { id: { in: rows.map((r) => r.helpedById).filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const list = (name: ChecklistName) =>
    CHECKLISTS[name].map((step) => {
      const row = rows.find((r) => r.step === step);
      const helper = helpers.find((h) => h.id === row?.helpedById);
      return {
        step,
        status: row?.status ?? null,
        doneOn: row?.doneOn?.toISOString().slice(0, 10) ?? null,
        helpedBy: helper ? uzbekText(helper.name, locale) : null,
        detail: (row?.detail ?? {}) as StepDetail,
      };
    });
  return { selfEmployed: list("selfEmployed"), learning: list("learning") };
}

export type ChecklistView = Awaited<ReturnType<typeof artisanChecklists>>;
export type ChecklistRow = ChecklistView["selfEmployed"][number];
