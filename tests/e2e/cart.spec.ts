import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatMoney, fromMinor } from "../../app/utils/money";
import { loginAs, logOut, signUp } from "../support/accounts";
import { tabTo } from "../support/checkout";
import { expect, expectAccessible, test } from "./fixtures";

const PASSWORD = "savat-parol-2026";

/** "1 250 000 soʻm" / "1 250 000,50 сум" → tiyin. */
function tiyinOf(text: string): number {
  const [som = "0", tiyin = "0"] = text.replace(/[^\d,]/g, "").split(",");
  return Number(som) * 100 + Number(tiyin.padEnd(2, "0"));
}

/** Two featured listings by different artisans, as link paths. */
async function twoArtisansListings(page: Page): Promise<[string, string]> {
  const cards = page
    .getByRole("region")
    .filter({ has: page.locator("#featured-title") })
    .getByRole("listitem");
  const seen = new Map<string, string>();
  for (const card of await cards.all()) {
    const maker = (await card.locator("p").filter({ hasText: "·" }).innerText()).trim();
    const href = (await card.getByRole("link").first().getAttribute("href"))!;
    if (!seen.has(maker)) seen.set(maker, href);
    if (seen.size === 2) break;
  }
  const [first, second] = [...seen.values()];
  return [first!, second!];
}

async function listingPrice(page: Page): Promise<number> {
  return tiyinOf(await page.getByRole("article").locator("span.font-bold").first().innerText());
}

test("a guest's cart keeps artisans apart, follows them into their account at login, and favourites toggle", async ({
  page,
  t,
  locale,
}) => {
  test.setTimeout(180_000);
  const email = `cart-${locale}-${randomBytes(4).toString("hex")}@example.uz`;
  await signUp(page, t, { name: "Nodira Qodirova", email, password: PASSWORD });
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expectAccessible(page);
  await logOut(page, t);

  const [first, second] = await twoArtisansListings(page);

  // A guest pressing "favourite" is asked to log in first, and would come back here.
  await page.goto(first);
  await expectAccessible(page);
  const firstTitle = await page.getByRole("heading", { level: 1 }).innerText();
  const firstPrice = await listingPrice(page);
  await page.getByRole("button", { name: t("favourites.button") }).click();
  await expect(page).toHaveURL(new RegExp(`/login\\?redirectTo=${encodeURIComponent(first)}`));
  await expectAccessible(page);

  await page.goto(first);
  await page.getByRole("button", { name: t("cart.add") }).click();
  await expect(page).toHaveURL(/cart=added/);
  await expect(page.getByRole("status").filter({ hasText: t("cart.added") })).toBeVisible();
  await expect(page.getByRole("link", { name: t("cart.viewCart") })).toBeVisible();
  await expectAccessible(page);

  // Keyboard only: Tab to the button, Enter.
  await page.goto(second);
  await expectAccessible(page);
  const secondTitle = await page.getByRole("heading", { level: 1 }).innerText();
  const secondPrice = await listingPrice(page);
  await tabTo(page, page.getByRole("button", { name: t("cart.add") }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/cart=added/);
  await expectAccessible(page);

  // Both were viewed: the home page lists them, the latest first.
  await page.goto("/");
  await expectAccessible(page);
  const recent = page.getByRole("region", { name: t("favourites.recent") }).getByRole("heading", { level: 3 });
  await expect(recent.nth(0)).toHaveText(secondTitle);
  await expect(recent.nth(1)).toHaveText(firstTitle);

  await page.getByRole("link", { name: t("cart.headerLink", { count: 2 }) }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expectAccessible(page);
  await expect(page.locator("section[aria-labelledby^='artisan-']")).toHaveCount(2);
  const total = page.getByRole("heading", { name: new RegExp(t("cart.total")) });
  await expect(total).toContainText(formatMoney(fromMinor(firstPrice + secondPrice), locale));

  // Quantity change with the keyboard: the first line goes to 2 (capped at stock when there is less).
  const line = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: firstTitle }) });
  const quantity = line.getByLabel(t("cart.quantity"));
  const stock = Number(await quantity.getAttribute("max"));
  await quantity.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/cart=updated/);
  await expectAccessible(page);
  const firstQuantity = Math.min(2, stock);
  await expect(quantity).toHaveValue(String(firstQuantity));
  await expect(total).toContainText(formatMoney(fromMinor(firstPrice * firstQuantity + secondPrice), locale));

  // Logging in through /login merges the guest cart into the account's.
  await loginAs(page, t, email, PASSWORD);
  await page.getByRole("link", { name: t("cart.headerLink", { count: firstQuantity + 1 }) }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: firstTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: secondTitle })).toBeVisible();
  await expect(total).toContainText(formatMoney(fromMinor(firstPrice * firstQuantity + secondPrice), locale));

  // Favourites: add on the listing page, see it on /favourites, remove it again.
  await page.goto(first);
  await expectAccessible(page);
  const favourite = page.getByRole("button", { name: t("favourites.button") });
  await expect(favourite).toHaveAttribute("aria-pressed", "false");
  await favourite.click();
  await expect(page).toHaveURL(/favourite=saved/);
  await expect(favourite).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await page.getByRole("link", { name: t("favourites.link") }).click();
  await expect(page).toHaveURL(/\/favourites$/);
  await expect(page.getByRole("link", { name: firstTitle })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: firstTitle }).click();
  await expect(page).toHaveURL(new RegExp(`${first}$`));
  await expectAccessible(page);
  await favourite.click();
  await expect(page).toHaveURL(/favourite=unsaved/);
  await expect(favourite).toHaveAttribute("aria-pressed", "false");
  await expectAccessible(page);
  await page.goto("/favourites");
  await expect(page.getByText(t("favourites.empty"))).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guest adds to the cart, sees the confirmation, changes the quantity and removes the line", async ({
    page,
    t,
  }) => {
    await page.goto("/");
    await expectAccessible(page);
    const [listing] = await twoArtisansListings(page);
    await page.goto(listing);
    await expectAccessible(page);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    await page.getByRole("button", { name: t("cart.add") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("cart.added") })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: t("cart.viewCart") }).click();
    await expect(page).toHaveURL(/\/cart$/);
    await expectAccessible(page);
    const line = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
    await line.getByLabel(t("cart.quantity")).fill("1");
    await line.getByRole("button", { name: t("cart.update") }).click();
    await expect(page).toHaveURL(/cart=updated/);
    await expectAccessible(page);
    await line.getByRole("button", { name: t("cart.remove") }).click();
    await expect(page).toHaveURL(/cart=removed/);
    await expect(page.getByText(t("cart.empty"))).toBeVisible();
    await expectAccessible(page);
  });
});
