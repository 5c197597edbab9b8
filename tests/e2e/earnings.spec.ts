import { loginAs } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

test("an artisan reads her earnings by month and downloads them as a spreadsheet", async ({ page, t }) => {
  await loginAs(page, t, "artisan@hunarmand.uz");
  await page
    .getByRole("main")
    .getByRole("link", { name: t("earnings.link") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("earnings.title"));
  // The demo artisan's five delivered orders are credited (the end-to-end walk may be adding more).
  await expect(page.getByText(t("earnings.kind.SALE_CREDIT"), { exact: true }).nth(4)).toBeVisible();
  await expect(page.getByText(t("earnings.order", { number: "HM-2610-DEM2" }))).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: t("earnings.download") }).click();
  const file = await (await download).createReadStream();
  let csv = "";
  for await (const chunk of file) csv += chunk.toString("utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toContain(t("earnings.csv.amount"));
  // Payouts recorded by other tests may add lines; the five sales are there whatever happens.
  expect(lines.filter((line) => line.includes(`${t("earnings.kind.SALE_CREDIT")},HM-2610-DEM`))).toHaveLength(5);
});

test("a buyer has no earnings page", async ({ page, t }) => {
  await loginAs(page, t, "buyer@hunarmand.uz");
  const response = await page.goto("/studio/earnings");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
});
