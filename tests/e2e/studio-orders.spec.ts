import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// The seed puts four new orders in artisan@'s inbox: a cash/courier and a card/branch one for each
// language's run (prisma/seed/generate/fulfilment.ts), so the two runs never answer the same order.
const ordersFor = (locale: string) =>
  locale !== "uz" ? { cash: "HM-2611-NEW4", card: "HM-2611-NEW5" } : { cash: "HM-2611-NEW2", card: "HM-2611-NEW3" };

// Accepting, choosing a pickup window and the packing slip are steps of the end-to-end walk
// (walk.spec.ts); here, what the walk does not do.

test("the orders inbox is refused to a buyer, and a part that is not the artisan's is not found", async ({
  page,
  t,
}) => {
  await loginAs(page, t, "buyer@hunarmand.uz");
  expect((await page.goto("/studio/orders"))?.status()).toBe(403);
  await expectAccessible(page);
  await logOut(page, t);
  await loginAs(page, t, "artisan@hunarmand.uz");
  for (const path of ["/studio/orders/not-a-part", "/studio/orders/not-a-part/slip"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expectAccessible(page);
  }
});

// The item line once read "{{quantity}} dona"; and multi-byte characters met React's 2,048-byte
// buffer edges as NUL bytes (ADR 012), which the raw response would carry.
test("the inbox and a part's page say how many of each item to make, in text that arrives whole", async ({
  page,
  t,
  locale,
}) => {
  const sample = t("fulfilment.itemLine", { title: "TITLE", quantity: 999 });
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const itemLine = new RegExp(`^.+${escape(sample.slice("TITLE".length)).replace("999", "\\d+")}$`);
  const expectWhole = async (raw: string) => {
    expect(raw).not.toContain("\u0000");
    expect(raw).not.toContain("\uFFFD");
    expect(await page.locator("body").innerText()).not.toContain("{{");
  };
  await loginAs(page, t, "artisan@hunarmand.uz");
  const inbox = await page.goto("/studio/orders");
  await expect(page.getByRole("main").getByText(itemLine).first()).toBeVisible();
  await expectWhole(await inbox!.text());
  await expectAccessible(page);

  await page.getByRole("link", { name: t("fulfilment.orderNumber", { number: ordersFor(locale).card }) }).click();
  await expect(page.getByRole("main").getByText(itemLine).first()).toBeVisible();
  await expectWhole(await (await page.request.get(page.url())).text());
  await expectAccessible(page);
});

// Plain forms: declining works without JavaScript, the server's answer keeping what was chosen.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the artisan declines an order with a reason, and the buyer's order page shows it", async ({
    page,
    t,
    locale,
  }) => {
    test.setTimeout(120_000);
    const number = ordersFor(locale).cash;
    const reason = locale !== "uz" ? "Нитки нужного цвета закончились" : "Kerakli rangdagi ip tugadi";
    await loginAs(page, t, "artisan@hunarmand.uz");
    await page.goto("/studio/orders");
    await expectAccessible(page);
    await page.getByRole("link", { name: t("fulfilment.orderNumber", { number }) }).click();
    await expectAccessible(page);

    // "Another reason" needs words: the form says so and keeps the choice.
    await page.getByLabel(t("fulfilment.declineReasons.other")).check();
    await page.getByRole("button", { name: t("fulfilment.decline") }).click();
    await expect(page.getByText(t("fulfilment.errors.textRequired"))).toBeVisible();
    await expect(page.getByLabel(t("fulfilment.declineReasons.other"))).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel(t("fulfilment.reasonTextLabel")).fill(reason);
    await page.getByRole("button", { name: t("fulfilment.decline") }).click();
    await expect(page.getByRole("status")).toHaveText(t("fulfilment.done.declined-none"));
    await expectAccessible(page);
    await logOut(page, t);

    await loginAs(page, t, "buyer@hunarmand.uz");
    await page.goto("/orders");
    await expectAccessible(page);
    await page.getByRole("link", { name: number }).click();
    await expect(page.getByText(t("orders.declineReason", { reason }))).toBeVisible();
    await expect(page.getByRole("list", { name: /./ }).getByRole("listitem").last()).toContainText(
      t("orders.subOrderStatus.DECLINED"),
    );
    await expectAccessible(page);
  });
});
