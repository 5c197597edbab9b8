import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { notify } from "~/modules/notifications/notify.server";
import { dayOf } from "~/modules/outreach/schemas";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { seal } from "~/utils/sensitive.server";
import type { StepDetail } from "./checklist-steps";
import type { ChecklistStepInput } from "./schemas";

/**
 * Saves one step of the self-employed or "learning the app" checklist: its status, the date and
 * who helped. The bank card is sealed and only its bank and last four digits stay readable. A
 * step newly left waiting is told to the artisan (once), so they know what comes next.
 */
export async function saveChecklistStep(
  db: Db,
  worker: { id: string },
  artisanId: string,
  input: ChecklistStepInput,
): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const artisan = await tx.artisanProfile.findFirst({
      where: { id: artisanId, ...artisanInStaffDistricts(worker.id) },
      select: { userId: true, checklist: { where: { step: input.step }, select: { id: true, status: true } } },
    });
    if (!artisan) return { ok: false as const, reason: "notFound" as const };
    const id = artisan.checklist[0]?.id ?? randomUUID();
    const done = input.status === "DONE";
    const card = done && input.step === "SE_BANK_CARD" ? input.cardNumber : undefined;
    const detail: StepDetail | undefined = done
      ? {
          ...(input.step === "SE_REGISTERED" ? { registrationNumber: input.registrationNumber } : {}),
          ...(card ? { bank: input.bank, cardLast4: card.slice(-4) } : {}),
        }
      : undefined;
    const data = {
      status: input.status,
      doneOn: done && input.doneOn ? dayOf(input.doneOn) : null,
      helpedById: worker.id,
      detail: (detail ?? {}) as Prisma.InputJsonObject,
      // A card no longer confirmed is not kept.
      secretEnc: card ? seal({ model: "ChecklistStep", field: "secretEnc", id }, card) : null,
    };
    await tx.checklistStep.upsert({
      where: { artisanId_step: { artisanId, step: input.step } },
      create: { id, artisanId, step: input.step, ...data },
      update: data,
    });
    if (!done && artisan.checklist[0]?.status !== "WAITING") {
      await notify(tx, { userId: artisan.userId, kind: "checklist.waiting", payload: { stepCode: input.step } });
    }
    await audit(tx, {
      actorId: worker.id,
      action: "checklist.save",
      entity: "ArtisanProfile",
      entityId: artisanId,
      detail: { step: input.step, status: input.status },
    });
    return { ok: true as const };
  });
}
