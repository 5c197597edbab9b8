import { startCardPayment } from "~/modules/checkout/card-payment.server";
import { placeOrder } from "~/modules/checkout/place-order.server";
import {
  fakeProvider,
  makeArtisan,
  makeListing,
  orderInput,
  type withShopDatabase,
} from "~/modules/checkout/test-fixtures";
import type { PaymentEvent } from "~/modules/payments/provider";
import { applyPaymentEvent } from "./payment-events.server";

type ShopTest = ReturnType<typeof withShopDatabase>;
const urls = { successUrl: "http://localhost/done", cancelUrl: "http://localhost/cart" };
let eventNo = 0;

/**
 * A card order of 40 000 soʻm for two listings of two artisans, checkout started; `event` builds
 * provider events for it (ids always new), `apply` applies one as the webhook would.
 */
export async function cardOrder(test: ShopTest, stock = 3) {
  const a = await makeArtisan(test.db, test.shop, { verified: true });
  const b = await makeArtisan(test.db, test.shop, { verified: false });
  const la = await makeListing(test.db, test.shop, a.id, { stock, priceMinor: 2_000_000n });
  const lb = await makeListing(test.db, test.shop, b.id, { stock, priceMinor: 1_000_000n });
  const placed = await placeOrder(
    test.db,
    orderInput(test.shop, [
      { listingId: la.id, quantity: 1 },
      { listingId: lb.id, quantity: 2 },
    ]),
  );
  if (!placed.ok) throw new Error(placed.reason);
  await startCardPayment(test.db, fakeProvider().provider, placed.orderId, urls);
  const payment = await test.db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const event = <T extends Exclude<PaymentEvent["type"], "ignored">>(type: T, more: object = {}) =>
    ({
      id: `evt_${++eventNo}`,
      type,
      providerRef: payment.providerRef!,
      orderId: placed.orderId,
      amount: { minor: 4_000_000 },
      totalRefunded: { minor: 4_000_000 },
      ...more,
    }) as Extract<PaymentEvent, { type: T }>;
  return { orderId: placed.orderId, providerRef: payment.providerRef!, listings: [la, lb], artisans: [a, b], event };
}

export const applyEvent = (test: ShopTest, event: PaymentEvent, now?: Date) =>
  test.db.$transaction((tx) => applyPaymentEvent(tx, event, now));

export const stockOf = async (test: ShopTest, id: string) =>
  (await test.db.listing.findUniqueOrThrow({ where: { id } })).stock;
