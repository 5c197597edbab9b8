import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, followLink, test } from "./fixtures";

test("an administrator sees the refunds owed to buyers; a buyer may not", async ({ page, t }) => {
  await loginAs(page, t, "admin@hunarmand.uz");
  await followLink(page, t("console.title"), t("console.title"));
  await followLink(page, t("console.pages.refunds.link"), t("refunds.title"));
  await expect(page).toHaveURL(/\/admin\/refunds$/);
  await expect(page.getByText(t("refunds.empty"))).toBeVisible();
  await logOut(page, t);

  await loginAs(page, t, "buyer@hunarmand.uz");
  const response = await page.goto("/admin/refunds");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
});
