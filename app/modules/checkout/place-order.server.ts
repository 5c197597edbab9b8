import type { Prisma } from "~/generated/prisma/client";
import { announcePlacedOrder } from "~/modules/orders/notices.server";
import { audit } from "~/utils/audit.server";
import { type Db, isUniqueViolation } from "~/utils/db.server";
import { fromMinor } from "~/utils/money";
import { checkInput, type CheckedInput } from "./check-input";
import { deliveryColumns } from "./check-delivery.server";
import { commissionOn, commissionTerms } from "./commission.server";
import { newOrderNumber } from "./order-number";
import { reserveLine, type ReservedLine } from "./reserve-stock.server";
import { CARD_RESERVATION_MINUTES, CheckoutRefusal, type PlaceOrderInput, type PlaceOrderResult } from "./types";

// Many buyers may queue on one popular listing's row lock; each transaction is short.
const TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;
const NUMBER_ATTEMPTS = 3;

/**
 * Places an order in one transaction: stock taken with conditional writes (any line short → the
 * whole order rolls back and the error names the listing), current prices, one sub-order per
 * artisan with its commission, the payment and the stock reservations. Card orders then wait for
 * payment (startCardPayment); cash orders are placed at once and the artisans told.
 */
export async function placeOrder(db: Db, input: PlaceOrderInput, now = new Date()): Promise<PlaceOrderResult> {
  const checked = checkInput(input);
  if (!checked.ok) return checked;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => writeOrder(tx, checked.value, now), TRANSACTION);
    } catch (error) {
      if (error instanceof CheckoutRefusal) return error.refusal;
      // Two checkouts drew the same order number in the same month: draw again.
      if (isUniqueViolation(error) && attempt < NUMBER_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function writeOrder(tx: Prisma.TransactionClient, input: CheckedInput, now: Date): Promise<PlaceOrderResult> {
  const delivery = await deliveryColumns(tx, input.delivery);
  const reserved: ReservedLine[] = [];
  for (const line of input.lines) reserved.push(await reserveLine(tx, line, input.locale));

  const byArtisan = new Map<string, ReservedLine[]>();
  for (const line of reserved) byArtisan.set(line.artisanId, [...(byArtisan.get(line.artisanId) ?? []), line]);
  const terms = await commissionTerms(tx, [...byArtisan.keys()], now);
  const subOrders = [...byArtisan].map(([artisanId, lines]) =>
    subOrderData(artisanId, lines, terms.get(artisanId)!, input),
  );
  const totalMinor = subOrders.reduce((sum, sub) => sum + sub.itemsTotalMinor, 0n);
  const cash = input.paymentMethod === "CASH_ON_DELIVERY";
  const expiresAt = cash ? now : new Date(now.getTime() + CARD_RESERVATION_MINUTES * 60_000);

  const order = await tx.order.create({
    data: {
      number: newOrderNumber(now),
      buyerId: input.buyerId,
      contactName: input.contact.name,
      email: input.contact.email,
      phone: input.contact.phone,
      ...delivery,
      paymentMethod: input.paymentMethod,
      status: cash ? "PLACED" : "AWAITING_PAYMENT",
      totalMinor,
      locale: input.locale,
      subOrders: { create: subOrders },
      payments: { create: { provider: cash ? "CASH" : "STRIPE", amountMinor: totalMinor, status: "PENDING" } },
      reservations: {
        create: reserved.map((line) => ({
          listingId: line.listingId,
          quantity: line.quantity,
          expiresAt,
          consumedAt: cash ? now : null,
        })),
      },
    },
    select: { id: true, number: true },
  });
  await audit(tx, {
    actorId: input.buyerId,
    action: "order.created",
    entity: "Order",
    entityId: order.id,
    detail: { paymentMethod: input.paymentMethod },
  });
  if (cash) await announcePlacedOrder(tx, order.id);
  return { ok: true, orderId: order.id, number: order.number, totalMinor: fromMinor(totalMinor).minor };
}

function subOrderData(
  artisanId: string,
  lines: ReservedLine[],
  terms: { commissionRuleId: string | null; basisPoints: number },
  input: CheckedInput,
) {
  const itemsTotalMinor = lines.reduce((sum, line) => sum + line.unitPriceMinor * BigInt(line.quantity), 0n);
  const status = input.paymentMethod === "CASH_ON_DELIVERY" ? ("PLACED" as const) : ("AWAITING_PAYMENT" as const);
  return {
    artisanId,
    status,
    itemsTotalMinor,
    commissionRuleId: terms.commissionRuleId,
    commissionBasisPoints: terms.basisPoints,
    commissionMinor: BigInt(commissionOn(fromMinor(itemsTotalMinor), terms.basisPoints).minor),
    items: {
      create: lines.map((line) => ({
        listingId: line.listingId,
        ...line.titles,
        unitPriceMinor: line.unitPriceMinor,
        quantity: line.quantity,
      })),
    },
    events: { create: { status, actorId: input.buyerId, note: "order.created" } },
  };
}
