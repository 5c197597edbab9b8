import type { Prisma } from "~/generated/prisma/client";

/**
 * Who may see and cancel an order: the signed-in buyer's own orders, and a guest's orders whose
 * ids their signed cookie holds — only while no account owns them (once claimed, only the account).
 */
export type OrderOwner = { buyerId: string | null; guestOrderIds: readonly string[] };

export function ownedBy(owner: OrderOwner): Prisma.OrderWhereInput {
  const either: Prisma.OrderWhereInput[] = [];
  if (owner.buyerId) either.push({ buyerId: owner.buyerId });
  if (owner.guestOrderIds.length > 0) either.push({ buyerId: null, id: { in: [...owner.guestOrderIds] } });
  // Nobody at all: a condition no row meets.
  return either.length > 0 ? { OR: either } : { id: { in: [] } };
}

/** A signed-in buyer's own orders only. */
export const accountOwner = (buyerId: string): OrderOwner => ({ buyerId, guestOrderIds: [] });
