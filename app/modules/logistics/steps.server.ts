import type { Prisma } from "~/generated/prisma/client";
import { moveSubOrder } from "~/modules/orders/transitions.server";
import type { Db } from "~/utils/db.server";
import { failureNote, type FailureReason } from "./failure-reasons";
import { notifyPart } from "./notices.server";
import { tashkentToday } from "./pickup-day";
import { courierStopsOn, servesDistrict } from "./scope.server";
import { settleDelivery } from "./settle.server";

type Tx = Prisma.TransactionClient;
export type StepResult = "done" | "notFound" | "changed";
type Step = { courierId: string; pickupId: string; now?: Date };

class Moved extends Error {}

/** One step in one transaction; "changed" when someone moved the pickup or the part first. */
async function inStep(db: Db, work: (tx: Tx) => Promise<StepResult>): Promise<StepResult> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof Moved) return "changed";
    throw error;
  }
}

/** The courier's own stop of today, or null: another courier's or another day's stop "does not exist". */
function ownStop(tx: Tx, { courierId, pickupId, now }: Step) {
  return tx.pickup.findFirst({
    where: { id: pickupId, ...courierStopsOn(courierId, tashkentToday(now)) },
    select: { subOrderId: true, subOrder: { select: { order: { select: { deliveryMethod: true } } } } },
  });
}

async function movePickup(
  tx: Tx,
  pickupId: string,
  from: "ASSIGNED" | "PICKED_UP",
  data: Prisma.PickupUpdateManyMutationInput,
) {
  const moved = await tx.pickup.updateMany({ where: { id: pickupId, status: from }, data });
  if (moved.count !== 1) throw new Moved();
}

/** Picked up from the artisan (or the branch): the part is on its way. */
export function markPickedUp(db: Db, step: Step) {
  return inStep(db, async (tx) => {
    const stop = await ownStop(tx, step);
    if (!stop) return "notFound";
    await movePickup(tx, step.pickupId, "ASSIGNED", { status: "PICKED_UP" });
    if (!(await moveSubOrder(tx, stop.subOrderId, ["READY"], "PICKED_UP", { actorId: step.courierId })))
      throw new Moved();
    await notifyPart(tx, stop.subOrderId, "order.pickedUp", { buyer: true, artisan: true });
    return "done";
  });
}

/** Could not pick up: the part stays ready, the artisan hears why, the dispatcher sends it again. */
export function markPickupFailed(db: Db, step: Step & { reason: FailureReason; detail?: string }) {
  return inStep(db, async (tx) => {
    const stop = await ownStop(tx, step);
    if (!stop) return "notFound";
    const note = failureNote(step.reason, step.detail);
    await movePickup(tx, step.pickupId, "ASSIGNED", { status: "FAILED", failureReason: note });
    await tx.subOrderEvent.create({
      data: { subOrderId: stop.subOrderId, status: "READY", actorId: step.courierId, note },
    });
    await notifyPart(tx, stop.subOrderId, "order.pickupFailed", { buyer: false, artisan: true });
    return "done";
  });
}

/** Delivered: to the buyer's door (DELIVERED, the artisan credited) or to the order's branch (AT_BRANCH). */
export function markDelivered(db: Db, step: Step) {
  return inStep(db, async (tx) => {
    const stop = await ownStop(tx, step);
    if (!stop) return "notFound";
    await movePickup(tx, step.pickupId, "PICKED_UP", { status: "DELIVERED" });
    const toBranch = stop.subOrder.order.deliveryMethod === "BRANCH_PICKUP";
    const to = toBranch ? "AT_BRANCH" : "DELIVERED";
    if (!(await moveSubOrder(tx, stop.subOrderId, ["PICKED_UP"], to, { actorId: step.courierId }))) throw new Moved();
    if (!toBranch) await settleDelivery(tx, stop.subOrderId);
    await notifyPart(tx, stop.subOrderId, toBranch ? "order.atBranch" : "order.delivered", {
      buyer: true,
      artisan: true,
    });
    return "done";
  });
}

/** The buyer collected their part at a branch of the dispatcher's district. */
export function handOverAtBranch(db: Db, input: { dispatcherId: string; districtId: string; subOrderId: string }) {
  return inStep(db, async (tx) => {
    if (!(await servesDistrict(tx, input.dispatcherId, input.districtId))) return "notFound";
    const sub = await tx.subOrder.findFirst({
      where: { id: input.subOrderId, order: { branch: { districtId: input.districtId } } },
      select: { id: true },
    });
    if (!sub) return "notFound";
    if (!(await moveSubOrder(tx, sub.id, ["AT_BRANCH"], "DELIVERED", { actorId: input.dispatcherId })))
      return "changed";
    await settleDelivery(tx, sub.id);
    await notifyPart(tx, sub.id, "order.delivered", { buyer: true, artisan: true });
    return "done";
  });
}
