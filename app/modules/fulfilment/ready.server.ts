import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { notifyBuyer } from "~/modules/orders/notices.server";
import { logSubOrderEvent, moveSubOrder } from "~/modules/orders/transitions.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { offeredBranches } from "./branches.server";
import { tashkentNow } from "~/utils/format";
import { addDays } from "~/utils/days";
import { PICKUP_DAYS, windowBookable } from "./pickup-windows.server";
import { readyNote } from "./ready-note";

export type ReadyChoice = { kind: "window"; windowId: string } | { kind: "branch"; branchId: string };
export type ReadyResult = Outcome<"notFound" | "notChangeable" | "windowFull" | "notOffered">;

class Refused extends Error {
  constructor(readonly reason: Exclude<ReadyResult, { ok: true }>["reason"]) {
    super(reason);
  }
}

/**
 * "Ready": the artisan chooses a pickup window of their district or a branch to bring it to.
 * ACCEPTED → READY with a new Pickup (REQUESTED); while that pickup is still REQUESTED or FAILED
 * (no courier has it), the choice can be changed. A window's places are counted under its row
 * lock, so two artisans taking its last place at once cannot both get it. All or nothing.
 */
export async function markReady(
  db: Db,
  actor: StudioActor,
  subOrderId: string,
  choice: ReadyChoice,
  sameDayUntil: string,
  now = new Date(),
): Promise<ReadyResult> {
  try {
    return await db.$transaction(async (tx) => {
      const part = await tx.subOrder.findFirst({
        where: { id: subOrderId, artisanId: actor.artisanId },
        select: {
          id: true,
          orderId: true,
          status: true,
          artisan: { select: { districtId: true } },
          pickup: { select: { status: true, pickupWindowId: true } },
        },
      });
      if (!part) throw new Refused("notFound");
      const first = part.status === "ACCEPTED";
      const changing =
        part.status === "READY" && (part.pickup?.status === "REQUESTED" || part.pickup?.status === "FAILED");
      if (!first && !changing) throw new Refused("notChangeable");
      const note =
        choice.kind === "window"
          ? await takeWindowPlace(
              tx,
              part.id,
              part.artisan.districtId,
              choice.windowId,
              part.pickup?.pickupWindowId ?? null,
              sameDayUntil,
              now,
            )
          : await checkBranch(tx, part.artisan.districtId, choice.branchId);
      const pickup =
        choice.kind === "window"
          ? { kind: "HOME_PICKUP" as const, pickupWindowId: choice.windowId, branchId: null }
          : { kind: "BRANCH_DROP_OFF" as const, pickupWindowId: null, branchId: choice.branchId };
      if (first) {
        if (!(await moveSubOrder(tx, part.id, ["ACCEPTED"], "READY", { ...auditNames(actor), note })))
          throw new Refused("notChangeable");
        await tx.pickup.create({ data: { subOrderId: part.id, ...pickup } });
        await notifyBuyer(tx, part.orderId, "order.ready");
      } else {
        // A dispatcher may have put it on a manifest a moment ago: then it is no longer ours to change.
        const changed = await tx.pickup.updateMany({
          where: { subOrderId: part.id, status: { in: ["REQUESTED", "FAILED"] } },
          data: pickup,
        });
        if (changed.count === 0) throw new Refused("notChangeable");
        await logSubOrderEvent(tx, part.id, "READY", { ...auditNames(actor), note });
      }
      await audit(tx, {
        ...auditNames(actor),
        action: first ? "subOrder.ready" : "pickup.changed",
        entity: "SubOrder",
        entityId: part.id,
        detail: { kind: pickup.kind },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** Locks the window, checks it is offered to this district now and has a place left; returns the timeline note. */
async function takeWindowPlace(
  tx: Tx,
  subOrderId: string,
  districtId: string,
  windowId: string,
  currentId: string | null,
  sameDayUntil: string,
  now: Date,
) {
  await tx.$queryRaw`SELECT 1 FROM "PickupWindow" WHERE "id" = ${windowId} FOR UPDATE`;
  const window = await tx.pickupWindow.findUnique({ where: { id: windowId } });
  const { today, time } = tashkentNow(now);
  const first = time < sameDayUntil ? today : addDays(today, 1);
  const inRange =
    window && window.districtId === districtId && window.date >= first && window.date < addDays(today, PICKUP_DAYS);
  if (!window || (!inRange && windowId !== currentId)) throw new Refused("notOffered");
  // A day closed, or a slot removed, since the page was shown (closing a day locks its windows too).
  if (windowId !== currentId && !(await windowBookable(tx, window))) throw new Refused("notOffered");
  const taken = await tx.pickup.count({ where: { pickupWindowId: windowId, subOrderId: { not: subOrderId } } });
  if (taken >= window.capacity) throw new Refused("windowFull");
  return readyNote.window(window);
}

async function checkBranch(tx: Tx, districtId: string, branchId: string) {
  const branches = await offeredBranches(tx, districtId);
  if (!branches.some((b) => b.id === branchId)) throw new Refused("notOffered");
  return readyNote.branch;
}
