import fs from "node:fs";
import { tashkentNow } from "~/utils/format";
import { loginAs } from "../support/accounts";
import { e2eQuery } from "../support/sessions";
import { expect, expectAccessible, test } from "./fixtures";

// The branch head's dashboard in English: one district, a year, and the same figures as a CSV file.
test("the branch head opens the reports for a district, changes the period to the year, and downloads the CSV", async ({
  page,
  t,
}) => {
  const year = tashkentNow().today.getUTCFullYear();
  // Yunusobod: its artisans come from the demo data only (the other browser tests onboard in Chilonzor).
  const { rows } = await e2eQuery<{ id: string; joined: number }>(
    `SELECT d.id, (SELECT count(*)::int FROM "ArtisanProfile" a WHERE a."districtId" = d.id
        AND a."createdAt" >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Asia/Tashkent')
        AND a."createdAt" < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Asia/Tashkent')) AS joined
       FROM "District" d WHERE d.code = 'UZ-TK-yunusobod'`,
    [year],
  );
  const { id: district, joined } = rows[0]!;
  // The fewer-than-5 rule: 1 to 4 is never shown as a number.
  const shown = joined === 0 ? t("reports.none") : joined < 5 ? t("reports.fewer") : String(joined);

  await loginAs(page, t, "sw.f@hunarmand.uz");
  await page
    .getByRole("main")
    .getByRole("link", { name: t("reports.link") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("reports.title"));
  await expectAccessible(page);

  await page.getByRole("combobox", { name: t("reports.filters.district"), exact: true }).selectOption(district);
  await page.getByRole("combobox", { name: t("reports.filters.period"), exact: true }).selectOption("year");
  await page.getByRole("button", { name: t("reports.filters.show") }).click();
  await expect(page).toHaveURL(/period=year/);
  await expect(page.getByRole("main")).toContainText(t("reports.periodLabel.year", { year }));
  const joinedFigure = page.locator(".report-figure").filter({ hasText: t("reports.figure.onboarded") });
  await expect(joinedFigure.locator("dd")).toHaveText(shown);
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: t("reports.filters.csv") }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const line = csv.split(/\r?\n/).find((row) => row.includes(t("reports.figure.onboarded")));
  expect(line).toContain(shown);
});
