import type { StudioActor } from "~/modules/assisted/studio-actor.server";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { makeArtisan, makeListing, orderInput, type withShopDatabase } from "~/modules/checkout/test-fixtures";

type ShopTest = ReturnType<typeof withShopDatabase>;

/** The studio actor of an artisan working for themself. */
export const actorOf = (artisan: { id: string; userId: string }): StudioActor => ({
  artisanId: artisan.id,
  artisanUserId: artisan.userId,
  actorId: artisan.userId,
  onBehalfOf: null,
});

/** A placed cash order with one part of one artisan (2 × 30 000 soʻm, stock 4 before). */
export async function cashPart(test: ShopTest) {
  const artisan = await makeArtisan(test.db, test.shop, { verified: true });
  const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 4, priceMinor: 3_000_000n });
  const placed = await placeOrder(
    test.db,
    orderInput(test.shop, [{ listingId: listing.id, quantity: 2 }], { paymentMethod: "CASH_ON_DELIVERY" }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  const sub = await test.db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId } });
  return { orderId: placed.orderId, subOrderId: sub.id, listing, artisan, actor: actorOf(artisan) };
}

/** The same part, accepted. */
export async function acceptedPart(test: ShopTest) {
  const part = await cashPart(test);
  await test.db.subOrder.update({ where: { id: part.subOrderId }, data: { status: "ACCEPTED" } });
  return part;
}
