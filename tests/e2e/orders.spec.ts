import { randomBytes } from "node:crypto";
import { signUp } from "../support/accounts";
import { cartWithOne, fillContact } from "../support/checkout";
import { expect, expectAccessible, test } from "./fixtures";

const PASSWORD = "buyurtma-parol-2026";

test("a guest's cash order: cancelled before the artisan accepts, then it follows the guest into a new account", async ({
  page,
  t,
  locale,
  browser,
}) => {
  test.setTimeout(120_000);
  await cartWithOne(page, t, "jewellery");
  await page.goto("/checkout");
  await expectAccessible(page);
  await fillContact(page, t, {
    name: "Gulnora Ergasheva",
    email: `guest-${randomBytes(4).toString("hex")}@example.uz`,
    phone: "0901234567",
  });
  await page.getByLabel(t("orders.deliveryMethod.BRANCH_PICKUP")).check();
  // The region's branches arrive as it is chosen.
  await page.getByLabel(t("checkout.region")).selectOption({ index: 1 });
  await page
    .getByRole("group", { name: t("checkout.branchTitle") })
    .getByRole("radio")
    .first()
    .check();
  await page.getByLabel(t("checkout.payByCash")).check();
  await page.getByRole("button", { name: t("checkout.placeOrder") }).click();
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?placed=1$/);
  await expectAccessible(page);
  const orderUrl = new URL(page.url()).pathname;
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).trim();

  // Nobody else can open it.
  const stranger = await browser.newPage();
  const response = await stranger.goto(orderUrl);
  expect(response?.status()).toBe(404);
  await stranger.close();

  // Cancel: a second step asks first.
  await page.getByText(t("orders.cancel"), { exact: true }).click();
  await expect(page.getByText(t("orders.cancelConfirm"))).toBeVisible();
  await page.getByRole("button", { name: t("orders.cancelYes") }).click();
  await expect(page).toHaveURL(new RegExp(`${orderUrl}\\?cancelled=none$`));
  await expect(page.getByRole("status")).toContainText(t("orders.notice.cancelled_none"));
  const current = page.getByRole("list", { name: /./ }).getByRole("listitem").last();
  await expect(current).toHaveAttribute("aria-current", "step");
  await expect(current).toContainText(t("orders.subOrderStatus.CANCELLED"));
  await expect(current).toContainText(t("orders.current"));
  await expect(page.getByRole("button", { name: t("orders.cancelYes") })).toHaveCount(0);
  await expectAccessible(page);

  // The guest signs up: the order is theirs now, listed under "My orders".
  await signUp(page, t, {
    name: "Gulnora Ergasheva",
    email: `claim-${locale}-${randomBytes(4).toString("hex")}@example.uz`,
    password: PASSWORD,
  });
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expectAccessible(page);
  await page
    .getByRole("banner")
    .getByRole("link", { name: t("orders.link") })
    .click();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByRole("link", { name: number })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: number })).toContainText(t("orders.status.CANCELLED"));
  await expectAccessible(page);
  await page.getByRole("link", { name: number }).click();
  await expect(page).toHaveURL(new RegExp(`${orderUrl}$`));
  await expectAccessible(page);
});

test("a new buyer with no orders is shown the way to the catalog", async ({ page, t, locale }) => {
  await signUp(page, t, {
    name: "Botir Nazarov",
    email: `empty-${locale}-${randomBytes(4).toString("hex")}@example.uz`,
    password: PASSWORD,
  });
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expectAccessible(page);
  await page.goto("/orders");
  await expect(page.getByText(t("orders.empty"))).toBeVisible();
  await expect(page.getByRole("link", { name: t("orders.browse") })).toHaveAttribute("href", "/catalog");
  await expectAccessible(page);
});

test("a buyer leaves the card payment page, is told until when the items are held, and cancels", async ({
  page,
  t,
  locale,
}) => {
  test.setTimeout(120_000);
  await signUp(page, t, {
    name: "Shahlo Tursunova",
    email: `unpaid-${locale}-${randomBytes(4).toString("hex")}@example.uz`,
    password: PASSWORD,
  });
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expectAccessible(page);
  await cartWithOne(page, t, "leather");
  await page.goto("/checkout");
  await expectAccessible(page);
  await page.getByLabel(t("checkout.phone")).fill("+998 97 111 22 33");
  await page.getByLabel(t("orders.deliveryMethod.BRANCH_PICKUP")).check();
  // The region's branches arrive as it is chosen.
  await page.getByLabel(t("checkout.region")).selectOption({ index: 1 });
  await page
    .getByRole("group", { name: t("checkout.branchTitle") })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: t("checkout.placeOrder") }).click();

  const leave = page.getByRole("button", { name: /^(Cancel|Отмена)$/ });
  await expect(leave).toBeVisible();
  await expectAccessible(page);
  await leave.click();
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?payment=cancelled$/);
  await expect(page.getByRole("status")).toContainText(
    t("orders.notice.notPaid", { until: "" }).split(" ").slice(0, 2).join(" "),
  );
  await expect(page.locator("dl").getByText(t("orders.status.AWAITING_PAYMENT"), { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByText(t("orders.cancel"), { exact: true }).click();
  await page.getByRole("button", { name: t("orders.cancelYes") }).click();
  await expect(page).toHaveURL(/\?cancelled=none$/);
  await expect(page.getByRole("status")).toContainText(t("orders.notice.cancelled_none"));
  await expect(page.locator("li[aria-current='step']")).toContainText(t("orders.subOrderStatus.CANCELLED"));
  await expect(page.locator("dl").getByText(t("orders.paymentStatus.EXPIRED"), { exact: true })).toBeVisible();
  await expectAccessible(page);
});
