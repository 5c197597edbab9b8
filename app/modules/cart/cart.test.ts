import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { newToken, tokenDigest } from "~/utils/tokens.server";
import { addToCart, setQuantity } from "./cart-items.server";
import { MAX_QUANTITY } from "./limits";
import { mergeGuestCart } from "./merge.server";
import { cartSummary } from "./summary.server";
import { makeArtisan, makeBuyer, makeListing } from "./test-listings";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test.drop());

const newCart = (data: { userId?: string; guestToken?: string } = {}) => test.db.cart.create({ data });

describe("cart quantities", () => {
  it("caps adding and setting at the stock, and refuses listings not on sale", async () => {
    const artisan = await makeArtisan(test.db);
    const pot = await makeListing(test.db, artisan.id, { priceMinor: 5_000_000n, stock: 3 });
    const cart = await newCart();
    expect(await addToCart(test.db, cart.id, pot.id, 2)).toEqual({ ok: true, quantity: 2, capped: false });
    expect(await addToCart(test.db, cart.id, pot.id, 2)).toEqual({ ok: true, quantity: 3, capped: true });
    expect(await setQuantity(test.db, cart.id, pot.id, 10)).toEqual({ ok: true, quantity: 3, capped: true });
    expect(await setQuantity(test.db, cart.id, pot.id, 1)).toEqual({ ok: true, quantity: 1, capped: false });
    await test.db.listing.update({ where: { id: pot.id }, data: { status: "ARCHIVED" } });
    expect(await addToCart(test.db, cart.id, pot.id, 1)).toEqual({ ok: false, reason: "unavailable" });
  });
});

describe("the cart's limit per line", () => {
  it("never holds more of one listing than checkout takes, however much is in stock", async () => {
    const artisan = await makeArtisan(test.db);
    const beads = await makeListing(test.db, artisan.id, { priceMinor: 100_000n, stock: MAX_QUANTITY * 3 });
    const cart = await newCart();
    expect(await addToCart(test.db, cart.id, beads.id, MAX_QUANTITY)).toEqual({
      ok: true,
      quantity: MAX_QUANTITY,
      capped: false,
    });
    expect(await addToCart(test.db, cart.id, beads.id, 5)).toEqual({ ok: true, quantity: MAX_QUANTITY, capped: true });
    expect(await setQuantity(test.db, cart.id, beads.id, MAX_QUANTITY + 1)).toEqual({
      ok: true,
      quantity: MAX_QUANTITY,
      capped: true,
    });

    // A guest's line joins the account's without going over the limit either.
    const buyer = await makeBuyer(test.db);
    const own = await newCart({ userId: buyer.id });
    await addToCart(test.db, own.id, beads.id, 600);
    const token = newToken();
    const guest = await newCart({ guestToken: tokenDigest(token) });
    await addToCart(test.db, guest.id, beads.id, 600);
    await mergeGuestCart(test.db, token, buyer.id);
    expect((await test.db.cartItem.findFirstOrThrow({ where: { cartId: own.id } })).quantity).toBe(MAX_QUANTITY);
  });
});

describe("cart summary", () => {
  it("groups by artisan, uses current prices and flags price changes, stock drops and withdrawn listings", async () => {
    const [first, second] = [await makeArtisan(test.db), await makeArtisan(test.db)];
    const bowl = await makeListing(test.db, first.id, { priceMinor: 10_000_000n, stock: 5 });
    const cap = await makeListing(test.db, first.id, { priceMinor: 2_000_000n, stock: 5 });
    const rug = await makeListing(test.db, second.id, { priceMinor: 30_000_000n, stock: 2 });
    const cart = await newCart();
    await addToCart(test.db, cart.id, bowl.id, 2);
    await addToCart(test.db, cart.id, cap.id, 3);
    await addToCart(test.db, cart.id, rug.id, 1);

    const before = await cartSummary(test.db, cart.id, "uz");
    expect(before.groups.map((g) => g.lines.length)).toEqual([2, 1]);
    expect(before.total.minor).toBe(2 * 10_000_000 + 3 * 2_000_000 + 30_000_000);
    expect(before.needsAttention).toBe(false);

    await test.db.listing.update({ where: { id: bowl.id }, data: { priceMinor: 12_000_000n } });
    await test.db.listing.update({ where: { id: cap.id }, data: { stock: 1 } });
    await test.db.listing.update({ where: { id: rug.id }, data: { status: "ARCHIVED" } });
    const after = await cartSummary(test.db, cart.id, "uz");
    const line = (id: string) => after.groups.flatMap((g) => g.lines).find((l) => l.listingId === id)!;
    expect(line(bowl.id)).toMatchObject({
      priceChanged: true,
      unitPrice: { minor: 12_000_000 },
      priceAtAdd: { minor: 10_000_000 },
    });
    expect(line(cap.id)).toMatchObject({ stockShort: true, quantity: 3, payableQuantity: 1 });
    expect(line(rug.id)).toMatchObject({ unavailable: true, soldOut: false, payableQuantity: 0 });
    await test.db.listing.update({ where: { id: rug.id }, data: { status: "APPROVED", stock: 0 } });
    const soldOut = (await cartSummary(test.db, cart.id, "uz")).groups
      .flatMap((g) => g.lines)
      .find((l) => l.listingId === rug.id);
    expect(soldOut).toMatchObject({ unavailable: true, soldOut: true, payableQuantity: 0 });
    expect(after.total.minor).toBe(2 * 12_000_000 + 1 * 2_000_000);
    expect(after.needsAttention).toBe(true);
  });
});

describe("merging a guest cart at login", () => {
  it("adds quantities, caps them at stock, keeps the account's own lines and deletes the guest cart", async () => {
    const artisan = await makeArtisan(test.db);
    const doppi = await makeListing(test.db, artisan.id, { priceMinor: 1_500_000n, stock: 4 });
    const doll = await makeListing(test.db, artisan.id, { priceMinor: 900_000n, stock: 5 });
    const suzani = await makeListing(test.db, artisan.id, { priceMinor: 9_000_000n, stock: 2 });
    const buyer = await makeBuyer(test.db);
    const own = await newCart({ userId: buyer.id });
    await addToCart(test.db, own.id, doppi.id, 3);
    await addToCart(test.db, own.id, suzani.id, 1);
    const token = newToken();
    const guest = await newCart({ guestToken: tokenDigest(token) });
    await addToCart(test.db, guest.id, doppi.id, 3);
    await addToCart(test.db, guest.id, doll.id, 2);

    await mergeGuestCart(test.db, token, buyer.id);

    const items = await test.db.cartItem.findMany({ where: { cartId: own.id } });
    const quantityOf = (id: string) => items.find((i) => i.listingId === id)?.quantity;
    expect(quantityOf(doppi.id)).toBe(4);
    expect(quantityOf(doll.id)).toBe(2);
    expect(quantityOf(suzani.id)).toBe(1);
    expect(await test.db.cart.findUnique({ where: { id: guest.id } })).toBeNull();
    expect(await test.db.cartItem.count({ where: { cartId: guest.id } })).toBe(0);
  });

  it("gives a buyer without a cart the guest's lines, and ignores an unknown token", async () => {
    const artisan = await makeArtisan(test.db);
    const pot = await makeListing(test.db, artisan.id, { priceMinor: 700_000n, stock: 9 });
    const buyer = await makeBuyer(test.db);
    const token = newToken();
    const guest = await newCart({ guestToken: tokenDigest(token) });
    await addToCart(test.db, guest.id, pot.id, 2);
    await mergeGuestCart(test.db, newToken(), buyer.id);
    expect(await test.db.cart.findUnique({ where: { userId: buyer.id } })).toBeNull();
    await mergeGuestCart(test.db, token, buyer.id);
    const own = await test.db.cart.findUniqueOrThrow({ where: { userId: buyer.id }, include: { items: true } });
    expect(own.items.map((i) => i.quantity)).toEqual([2]);
  });
});
