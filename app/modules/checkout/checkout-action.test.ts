import { beforeAll, describe, expect, it } from "vitest";
import { addToCart } from "~/modules/cart/cart-items.server";
import { GUEST_CART_COOKIE } from "~/modules/cart/cart.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";
import { checkoutAction } from "./checkout-action.server";
import { placeOrder } from "./place-order.server";
import { makeArtisan, makeListing, orderInput, withShopDatabase } from "./test-fixtures";

// The checkout page's form handling for a guest whose cart lost a piece to another buyer.
const test = withShopDatabase();
// The action looks for a signed-in session (none here) through the app's database.
beforeAll(() => {
  process.env.DATABASE_URL = test.test.url;
});

/** A guest's cart (by its cookie) holding one of each listing. */
async function guestCart(listingIds: string[]) {
  const token = newToken();
  const cart = await test.db.cart.create({ data: { guestToken: tokenDigest(token) } });
  for (const id of listingIds) await addToCart(test.db, cart.id, id, 1);
  return { cartId: cart.id, cookie: `${GUEST_CART_COOKIE}=${token}` };
}

/** The checkout form as the browser posts it; `shown` is what the page offered as payable. */
function post(cookie: string, shown: string[], lang = "uz") {
  const form = new FormData();
  const fields = {
    name: "Malika Yusupova",
    email: "malika@example.uz",
    phone: "90 123 45 67",
    deliveryMethod: "COURIER",
    regionId: test.shop.region.id,
    districtId: test.shop.district.id,
    street: "Qatortol 5",
    paymentMethod: "CASH_ON_DELIVERY",
    shown: shown.join(" "),
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request(`http://localhost/checkout?lang=${lang}`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
}

type Answer = {
  data: {
    result: { initialValue: Record<string, unknown> };
    orderError: Record<string, unknown> | null;
    others: unknown[];
  };
  init: { status: number };
};

const someoneElseBuys = async (listingId: string) => {
  const sold = await placeOrder(
    test.db,
    orderInput(test.shop, [{ listingId, quantity: 1 }], { paymentMethod: "CASH_ON_DELIVERY" }),
  );
  expect(sold.ok).toBe(true);
};

describe("checkout after the last piece went to another buyer", () => {
  it("names the piece as sold out in the page's language, keeps the form and the cart, and offers the artisan's other pieces", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const last = await makeListing(test.db, test.shop, artisan.id, { stock: 1 });
    const another = await makeListing(test.db, test.shop, artisan.id, { stock: 3 });
    await makeListing(test.db, test.shop, artisan.id, { stock: 0 });
    await makeListing(test.db, test.shop, artisan.id, { status: "DRAFT" as never });
    const { cartId, cookie } = await guestCart([last.id]);
    await someoneElseBuys(last.id);

    const answer = (await checkoutAction(test.db, post(cookie, [last.id], "ru"))) as unknown as Answer;
    expect(answer.init.status).toBe(409);
    expect(answer.data.orderError).toMatchObject({
      reason: "soldOut",
      message: "orders.errors.soldOut",
      title: `«${last.titleRu}»`,
      count: 1,
    });
    expect(answer.data.result.initialValue).toMatchObject({
      name: "Malika Yusupova",
      street: "Qatortol 5",
      paymentMethod: "CASH_ON_DELIVERY",
    });
    // Only what can be bought now, never the sold piece itself, a sold-out one or a draft.
    expect(answer.data.others).toEqual([
      { name: artisan.displayName, handle: artisan.handle, pieces: [{ slug: another.slug, title: another.titleRu }] },
    ]);
    expect(await test.db.cartItem.count({ where: { cartId } })).toBe(1);
  });

  it("says so even when the page already showed it sold out and nothing else is left to buy", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: false });
    const last = await makeListing(test.db, test.shop, artisan.id, { stock: 1 });
    const { cookie } = await guestCart([last.id]);
    await someoneElseBuys(last.id);
    const answer = (await checkoutAction(test.db, post(cookie, []))) as unknown as Answer;
    expect(answer.data.orderError).toMatchObject({ reason: "soldOut", title: `«${last.titleUz}»` });
  });

  it("places nothing while a piece the page offered has gone; once the page has shown that, the rest is ordered", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const last = await makeListing(test.db, test.shop, artisan.id, { stock: 1 });
    const plenty = await makeListing(test.db, test.shop, artisan.id, { stock: 4 });
    const { cookie } = await guestCart([last.id, plenty.id]);
    await someoneElseBuys(last.id);
    const orders = await test.db.order.count();

    const refused = (await checkoutAction(test.db, post(cookie, [last.id, plenty.id]))) as unknown as Answer;
    expect(refused.data.orderError).toMatchObject({ reason: "soldOut", title: `«${last.titleUz}»` });
    expect(await test.db.order.count()).toBe(orders);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: plenty.id } })).stock).toBe(4);

    const placed = await checkoutAction(test.db, post(cookie, [plenty.id]));
    expect((placed as Response).headers.get("Location")).toMatch(/^\/orders\/.+\?placed=1$/);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: plenty.id } })).stock).toBe(3);
  });
});
