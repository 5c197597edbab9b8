import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import { loginAs } from "../support/accounts";
import { listPieceByKeyboard } from "../support/studio";
import { expect, expectAccessible, runsWithoutScript, test } from "./fixtures";

// The whole path of a piece, as the README tells a newcomer to walk it: listed by keyboard,
// approved by the district's moderator (another district's cannot see it), bought, accepted with a
// pickup window, put on a courier's manifest, picked up and delivered — and the buyer's timeline
// shows every step. Each person works in their own browser; the uz and uz-Cyrl runs share the
// server, so each finds only its own piece, order and stop.
// The artisan's, the association's and the courier's browsers run no script (their work must be
// possible on any phone and slow line); the buyer's does.
test.use({ javaScriptEnabled: false });

const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" });
const CHILONZOR = plan.districts.find((d) => d.code === "UZ-TK-chilonzor")!.id!;

async function signedIn(browser: Browser, t: Parameters<typeof loginAs>[1], email: string): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  runsWithoutScript(page);
  await loginAs(page, t, email);
  return page;
}

/** One part's card (a row, a stop, a request) found by the order number it carries. */
const carrying = (page: Page, number: string) =>
  page.getByRole("main").getByRole("listitem").filter({ hasText: number });

test("a piece goes from the artisan's studio through moderation, sale, pickup and delivery", async ({
  page,
  browser,
  t,
  uzName,
  locale,
}) => {
  test.setTimeout(300_000);
  const title = `Chust doʻppisi ${locale} ${randomBytes(3).toString("hex")}`;
  const shownTitle = uzName(title);

  // The artisan lists it with the keyboard alone.
  await loginAs(page, t, "artisan@hunarmand.uz");
  await page.getByRole("link", { name: t("studio.link") }).click();
  await expectAccessible(page);
  await listPieceByKeyboard(page, t, title, shownTitle);

  // The district's moderator approves it.
  const moderator = await signedIn(browser, t, "moderator@hunarmand.uz");
  await moderator.goto("/moderation");
  await expectAccessible(moderator);
  await moderator
    .getByRole("region", { name: t("moderation.pendingTitle") })
    .getByRole("link", { name: shownTitle })
    .click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(shownTitle);
  await expectAccessible(moderator);
  const reviewUrl = moderator.url();
  await moderator.getByRole("button", { name: t("moderation.approve") }).click();
  await expect(moderator.getByRole("status")).toHaveText(t("moderation.result.approved"));
  await expectAccessible(moderator);

  // Another district's moderator never sees it.
  const stranger = await signedIn(browser, t, "moderator2@hunarmand.uz");
  expect((await stranger.goto(reviewUrl))?.status()).toBe(404);
  await expectAccessible(stranger);
  await stranger.context().close();

  // It is in the catalog, and a guest buys it, cash on delivery by courier (a guest of their own:
  // the two language runs would share one account's cart).
  const buyer = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await buyer.goto(`/catalog?q=${encodeURIComponent(title)}`);
  await expectAccessible(buyer);
  await buyer
    .getByRole("region", { name: t("catalog.results") })
    .getByRole("link", { name: shownTitle })
    .click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(shownTitle);
  await expectAccessible(buyer);
  await buyer.getByRole("button", { name: t("cart.add") }).click();
  await expect(buyer.getByRole("status").filter({ hasText: t("cart.added") })).toBeVisible();
  await buyer.goto("/checkout");
  await expectAccessible(buyer);
  await buyer.getByLabel(t("checkout.name")).fill("Malika Yusupova");
  await buyer.getByLabel(t("checkout.email")).fill(`walk-${locale}-${randomBytes(3).toString("hex")}@example.uz`);
  await buyer.getByLabel(t("checkout.phone")).fill("+998 90 123 45 67");
  await buyer.getByLabel(t("checkout.region")).selectOption({ index: 1 });
  await expect(buyer.getByLabel(t("checkout.district")).locator("option")).not.toHaveCount(1);
  await buyer.getByLabel(t("checkout.district")).selectOption({ index: 1 });
  await buyer.getByLabel(t("checkout.street")).fill("Bunyodkor shoh koʻchasi, 12");
  await buyer.getByLabel(t("checkout.payByCash")).check();
  await buyer.getByRole("button", { name: t("checkout.placeOrder") }).click();
  await expect(buyer).toHaveURL(/\/orders\/[^/?]+\?placed=1$/);
  await expectAccessible(buyer);
  const number = /HM-\d{4}-[A-Z0-9]{4}/.exec(await buyer.getByRole("heading", { level: 1 }).innerText())![0];
  const orderUrl = new URL(buyer.url()).pathname;

  // The artisan accepts it and chooses today's first pickup window.
  await page.goto("/studio/orders");
  await expectAccessible(page);
  await page.getByRole("link", { name: t("fulfilment.orderNumber", { number }) }).click();
  await expect(page).toHaveURL(/\/studio\/orders\/[^/]+$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: t("fulfilment.accept") }).click();
  await expect(page.getByRole("status")).toHaveText(t("fulfilment.done.accepted"));
  await expectAccessible(page);
  await page
    .getByRole("group", { name: t("fulfilment.windowsLegend") })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: t("fulfilment.readySubmit") }).click();
  await expect(page.getByRole("status")).toHaveText(t("fulfilment.done.ready"));
  await expectAccessible(page);
  await page.getByRole("link", { name: t("fulfilment.slipLink") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("fulfilment.slipTitle", { number }));
  await expect(page.getByText(t("fulfilment.madeBy", { name: uzName("Zulfiya Rahimova") }))).toBeVisible();
  await expectAccessible(page);

  // The dispatcher puts it, alone, on today's manifest for the district's courier.
  await moderator.goto(`/dispatch?district=${CHILONZOR}`);
  await expect(moderator.getByRole("heading", { level: 1, name: t("logistics.dispatch.title") })).toBeVisible();
  await expectAccessible(moderator);
  for (const box of await moderator
    .getByRole("group", { name: t("logistics.dispatch.includeLegend") })
    .getByRole("checkbox")
    .all()) {
    const label = await box.evaluate((input) => input.closest("label")?.textContent ?? "");
    if (!label.includes(number)) await box.uncheck();
  }
  await expect(moderator.getByRole("checkbox", { name: number })).toBeChecked();
  await moderator.getByLabel(t("logistics.dispatch.courier")).selectOption({ label: uzName("Otabek Karimov") });
  await moderator.getByRole("button", { name: t("logistics.dispatch.build") }).click();
  await expect(moderator.getByRole("heading", { level: 1, name: t("logistics.manifest.title") })).toBeVisible();
  await expect(moderator.getByText(number)).toBeVisible();
  await expectAccessible(moderator);
  // Printed, the sheet is all there is: no site header or footer.
  await moderator.emulateMedia({ media: "print" });
  await expect(moderator.getByRole("banner")).toBeHidden();
  await expect(moderator.getByText(number)).toBeVisible();
  await moderator.context().close();

  // The courier picks it up and delivers it to the buyer.
  const courier = await signedIn(browser, t, "courier@hunarmand.uz");
  await courier.goto("/courier");
  await expectAccessible(courier);
  await carrying(courier, number)
    .getByRole("button", { name: t("logistics.courier.pickedUp") })
    .click();
  await expect(courier.getByRole("status")).toHaveText(t("logistics.courier.result.pickedUp"));
  await expectAccessible(courier);
  await carrying(courier, number)
    .getByRole("button", { name: t("logistics.courier.deliveredToBuyer") })
    .click();
  await expect(courier.getByRole("status")).toHaveText(t("logistics.courier.result.delivered"));
  await expectAccessible(courier);
  await courier.context().close();

  // The buyer's timeline has every step (ready names the pickup window), the last one current.
  await buyer.goto(orderUrl);
  const timeline = buyer
    .getByRole("main")
    .getByRole("list")
    .filter({ has: buyer.locator('[aria-current="step"]') });
  await expect(timeline.getByRole("listitem")).toHaveCount(5);
  for (const status of ["PLACED", "ACCEPTED", "PICKED_UP"])
    await expect(timeline.getByText(t(`orders.subOrderStatus.${status}`))).toBeVisible();
  await expect(timeline.locator('[aria-current="step"]')).toContainText(t("orders.subOrderStatus.DELIVERED"));
  await expectAccessible(buyer);
  await buyer.context().close();
});
