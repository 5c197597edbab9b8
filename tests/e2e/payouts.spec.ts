import { loginAs } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

test("a moderator records a cash payout to an artisan of her district, after a mistake in the amount", async ({
  page,
  t,
  locale,
}) => {
  await loginAs(page, t, "moderator@hunarmand.uz");
  await page
    .getByRole("main")
    .getByRole("link", { name: t("payouts.link") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("payouts.title"));
  await expectAccessible(page);
  await page.getByRole("link", { name: t("payouts.record", { name: "Zulfiya Rahimova" }) }).click();
  await expect(page).toHaveURL(/\/payouts\/[^/]+$/);
  await expect(page.getByText(t("payouts.owed"))).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(t("payouts.method.CASH")).check();
  await page.getByLabel(t("payouts.reference")).fill(`chek ${locale}`);
  await page.getByLabel(t("payouts.amount")).fill("ming");
  await page.getByLabel(t("payouts.amount")).press("Enter");
  await expect(page.getByText(t("payouts.errors.amount"))).toBeVisible();
  await expect(page.getByLabel(t("payouts.reference"))).toHaveValue(`chek ${locale}`);
  await expectAccessible(page);

  await page.getByLabel(t("payouts.amount")).fill("1000");
  await page.getByRole("button", { name: t("payouts.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(t("payouts.recorded"));
  await expectAccessible(page);
});
