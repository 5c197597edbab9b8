import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

test("an administrator sees the refunds owed to buyers; a buyer may not", async ({ page, t }) => {
  await loginAs(page, t, "admin@hunarmand.uz");
  await page
    .getByRole("main")
    .getByRole("link", { name: t("console.title") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("console.title"));
  await expectAccessible(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: t("console.pages.refunds.link") })
    .click();
  await expect(page).toHaveURL(/\/admin\/refunds$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("refunds.title"));
  await expect(page.getByText(t("refunds.empty"))).toBeVisible();
  await expectAccessible(page);
  await logOut(page, t);

  await loginAs(page, t, "buyer@hunarmand.uz");
  const response = await page.goto("/admin/refunds");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
});
