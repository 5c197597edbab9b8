import { randomBytes } from "node:crypto";
import { signUp } from "../support/accounts";
import { addToCart, cartWithOne, fillContact, pickListings, tabTo } from "../support/checkout";
import { regionWithBranches } from "../support/places";
import { expect, expectAccessible, test } from "./fixtures";

const PASSWORD = "buyurtma-parol-2026";
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}@example.uz`;

test("a guest finds skullcaps by a Cyrillic search, buys from two artisans by card through the payment page, and the order is paid", async ({
  page,
  t,
  locale,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: t("common.search") }).fill("дўппи");
  await page.getByRole("button", { name: t("common.searchButton") }).click();
  await expect(page).toHaveURL(/\/catalog\?q=/);
  await expectAccessible(page);
  // The demo catalog has sold-out pieces too: narrow the search to what is in stock.
  await page.goto(`${page.url()}&inStock=1`);
  await expectAccessible(page);
  const [skullcap] = await pickListings(page, t, 1);
  await addToCart(page, t, skullcap!.href);

  // A second artisan's piece, from the in-stock catalog.
  await page.goto("/catalog?category=suzani&inStock=1");
  await expectAccessible(page);
  const [suzani] = await pickListings(page, t, 1, [skullcap!.artisan]);
  await addToCart(page, t, suzani!.href);

  await page.goto("/cart");
  await expectAccessible(page);
  await expect(page.locator("section[aria-labelledby^='artisan-']")).toHaveCount(2);
  await page.getByRole("link", { name: t("cart.checkout") }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: t("checkout.summaryTitle") })).toBeVisible();

  await fillContact(page, t, { name: "Dilnoza Karimova", email: unique(`card-${locale}`), phone: "90 123 45 67" });
  await page.getByLabel(t("orders.deliveryMethod.COURIER")).check();
  // With JavaScript the districts of the region arrive without a reload.
  await page.getByLabel(t("checkout.region")).selectOption({ index: 1 });
  const district = page.getByLabel(t("checkout.district"));
  await expect(district.locator("option")).not.toHaveCount(1);
  await district.selectOption({ index: 1 });
  await page.getByLabel(t("checkout.street")).fill("Qatortol 5, 12");
  await page.getByLabel(t("checkout.payByCard")).check();
  await page.getByRole("button", { name: t("checkout.placeOrder") }).click();

  // The local fake of Stripe's hosted page.
  await expect(page.getByRole("button", { name: /^(Pay|Оплатить)/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^(Pay|Оплатить)/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?payment=success$/);
  await expectAccessible(page);

  // The webhook may land a moment after the buyer is back: reload until it has.
  const paid = page.getByText(t("orders.paymentStatus.SUCCEEDED"), { exact: true });
  await expect(async () => {
    await page.reload();
    await expect(paid).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("status")).toContainText(t("orders.notice.paid"));
  // One part per artisan, each now waiting for its artisan.
  const parts = page.locator("section[aria-labelledby^='sub-']");
  await expect(parts).toHaveCount(2);
  for (const part of await parts.all()) {
    await expect(part.locator("li[aria-current='step']")).toContainText(t("orders.subOrderStatus.PLACED"));
  }
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("cash on delivery, picked up at a branch: the form keeps what was typed through 'Show districts' and an error", async ({
    page,
    t,
    locale,
  }) => {
    test.setTimeout(120_000);
    const email = unique(`cash-${locale}`);
    await signUp(page, t, { name: "Sardor Aliyev", email, password: PASSWORD });
    await expect(page).toHaveURL(/\/account\?welcome=1/);
    await expectAccessible(page);
    await cartWithOne(page, t, "pottery");

    await page.goto("/checkout");
    await expectAccessible(page);
    // Signed in: the account's name and email are already there.
    await expect(page.getByLabel(t("checkout.name"))).toHaveValue("Sardor Aliyev");
    await expect(page.getByLabel(t("checkout.email"))).toHaveValue(email);
    await page.getByLabel(t("checkout.phone")).fill("+7 912 345 67 89");
    await page.getByLabel(t("checkout.region")).selectOption({ index: 2 });
    await page.getByRole("button", { name: t("checkout.showDistricts") }).click();
    await expect(page.getByLabel(t("checkout.district")).locator("option")).not.toHaveCount(1);
    await expect(page.getByLabel(t("checkout.phone"))).toHaveValue("+7 912 345 67 89");
    await expect(page.getByText(t("errors.required"))).toHaveCount(0);
    await expectAccessible(page);

    // No district and no street: both are asked for, and nothing typed is lost.
    await page.getByLabel(t("checkout.payByCash")).check();
    await page.getByRole("button", { name: t("checkout.placeOrder") }).click();
    await expect(page.getByText(t("errors.required"))).toHaveCount(2);
    await expect(page.getByLabel(t("checkout.phone"))).toHaveValue("+7 912 345 67 89");
    await expect(page.getByLabel(t("checkout.payByCash"))).toBeChecked();
    await expectAccessible(page);

    // Pick up at a branch instead: the courier address is not needed then, and only the chosen
    // region's branches are offered ("Show branches" reloads the form, keeping what was typed).
    await page.getByLabel(t("orders.deliveryMethod.BRANCH_PICKUP")).check();
    await expect(page.getByLabel(t("checkout.street"))).toBeHidden();
    await expect(page.getByRole("button", { name: t("checkout.showDistricts") })).toBeHidden();
    const tashkent = regionWithBranches("UZ-TK", locale);
    await page.getByLabel(t("checkout.region")).selectOption({ label: tashkent.name });
    await page.getByRole("button", { name: t("checkout.showBranches") }).click();
    const branches = page.getByRole("group", { name: t("checkout.branchTitle") }).getByRole("radio");
    await expect(branches).toHaveCount(tashkent.branches.length);
    await expect(page.getByRole("group", { name: t("checkout.branchTitle") }).locator("span.font-semibold")).toHaveText(
      tashkent.branches,
    );
    await expect(page.getByLabel(t("checkout.phone"))).toHaveValue("+7 912 345 67 89");
    await expect(page.getByLabel(t("checkout.payByCash"))).toBeChecked();
    await expectAccessible(page);
    await branches.first().check();
    await page.getByRole("button", { name: t("checkout.placeOrder") }).click();
    await expect(page).toHaveURL(/\/orders\/[^/?]+\?placed=1$/);
    await expect(page.getByRole("status")).toContainText(t("orders.notice.placed"));
    await expect(page.getByText(t("orders.deliveryMethod.BRANCH_PICKUP"))).toBeVisible();
    await expectAccessible(page);
    const number = (await page.getByRole("heading", { level: 1 }).innerText()).trim();

    await page
      .getByRole("banner")
      .getByRole("link", { name: t("orders.link") })
      .click();
    await expect(page).toHaveURL(/\/orders$/);
    await expect(page.getByRole("link", { name: number })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: number }).click();
    await expect(page).toHaveURL(/\/orders\/[^/?]+$/);
    await expectAccessible(page);
  });
});

test("keyboard only: add to the cart and check out with cash", async ({ page, t, locale }) => {
  test.setTimeout(120_000);
  await page.goto("/catalog?category=wood-carving&inStock=1");
  await expectAccessible(page);
  const [carving] = await pickListings(page, t, 1);
  await page.goto(carving!.href);
  await expectAccessible(page);
  await tabTo(page, page.getByRole("button", { name: t("cart.add") }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: t("cart.added") })).toBeVisible();
  await expectAccessible(page);

  await tabTo(page, page.getByRole("link", { name: t("cart.viewCart") }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cart$/);
  await expectAccessible(page);
  await tabTo(page, page.getByRole("link", { name: t("cart.checkout") }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/checkout$/);
  await expectAccessible(page);

  const type = async (label: string, text: string) => {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.type(text);
  };
  await type(t("checkout.name"), "Kamola Usmonova");
  await type(t("checkout.email"), unique(`keys-${locale}`));
  await type(t("checkout.phone"), "+998 93 555 44 33");
  // Courier is chosen already; the region with the arrow keys loads its districts.
  await tabTo(page, page.getByLabel(t("checkout.region")));
  await page.keyboard.press("ArrowDown");
  const district = page.getByLabel(t("checkout.district"));
  await expect(district.locator("option")).not.toHaveCount(1);
  await tabTo(page, district);
  await page.keyboard.press("ArrowDown");
  await type(t("checkout.street"), "Navoiy 10");
  await tabTo(page, page.getByLabel(t("checkout.payByCard")));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel(t("checkout.payByCash"))).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: t("checkout.placeOrder") }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?placed=1$/);
  await expect(page.getByText(t("orders.paymentMethod.CASH_ON_DELIVERY"))).toBeVisible();
  await expectAccessible(page);
});
