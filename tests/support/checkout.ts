import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible } from "../e2e/fixtures";

type T = (key: string, values?: Record<string, string | number>) => string;

/** The catalog's result cards, as { href, artisan } (the "made by … · district" line names the artisan). */
async function resultCards(page: Page, t: T) {
  const cards = page.getByRole("region", { name: t("catalog.results") }).getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  const found: { href: string; artisan: string }[] = [];
  for (const card of await cards.all()) {
    const href = (await card.getByRole("heading").getByRole("link").getAttribute("href"))!;
    const artisan = (await card.locator("p").filter({ hasText: "·" }).innerText()).split("·")[0]!.trim();
    found.push({ href, artisan });
  }
  return found;
}

/**
 * In-stock listings from the catalog page that is open, each by an artisan not in `exclude`, in a
 * random order: parallel tests (uz and ru, several files) then rarely reach for the same piece.
 */
export async function pickListings(page: Page, t: T, count: number, exclude: string[] = []) {
  // Only an in-stock catalog page guarantees the pieces can be bought (the demo has sold-out ones).
  expect(new URL(page.url()).searchParams.get("inStock")).toBe("1");
  const cards = (await resultCards(page, t)).sort(() => Math.random() - 0.5);
  const chosen: { href: string; artisan: string }[] = [];
  for (const card of cards) {
    if (chosen.length === count) break;
    if (![...exclude, ...chosen.map((c) => c.artisan)].includes(card.artisan)) chosen.push(card);
  }
  expect(chosen).toHaveLength(count);
  return chosen;
}

/** Opens a listing and adds one piece to the cart. */
export async function addToCart(page: Page, t: T, href: string) {
  await page.goto(href);
  await expectAccessible(page);
  await page.getByRole("button", { name: t("cart.add") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("cart.added") })).toBeVisible();
  await expectAccessible(page);
}

/** Fills the contact part of the checkout form. */
export async function fillContact(page: Page, t: T, contact: { name: string; email: string; phone: string }) {
  await page.getByLabel(t("checkout.name")).fill(contact.name);
  await page.getByLabel(t("checkout.email")).fill(contact.email);
  await page.getByLabel(t("checkout.phone")).fill(contact.phone);
}

/** Presses Tab until `target` has the focus (keyboard-only tests). */
export async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("could not reach the control with the keyboard");
}

/** Puts one in-stock piece of a craft (category slug) into the cart; returns the card it chose. */
export async function cartWithOne(page: Page, t: T, category: string) {
  await page.goto(`/catalog?category=${category}&inStock=1`);
  await expectAccessible(page);
  const [card] = await pickListings(page, t, 1);
  await addToCart(page, t, card!.href);
  return card!;
}
