import { PENDING_LISTINGS } from "../../prisma/seed/content/moderation";
import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// Each project decides on its own seeded listings and reports its own piece, so the uz and ru runs
// can share one database without colliding. Reports go to moderator2@ (Mirzo Ulugʻbek): staff
// two-step codes are rate-limited per account, and other specs sign in as moderator@ too.
const MINE = {
  uz: { approve: PENDING_LISTINGS[0]!, reject: PENDING_LISTINGS[1]!, reportNth: 0 },
  ru: { approve: PENDING_LISTINGS[2]!, reject: PENDING_LISTINGS[3]!, reportNth: 1 },
};
const REPORTED_ARTISAN = "munisa-abdullayeva";
const OTHER_DISTRICT = PENDING_LISTINGS[5]!;

test("a moderator approves and sends back listings of their districts; another district's moderator cannot see them", async ({
  page,
  t,
  locale,
}) => {
  const mine = locale === "ru" ? MINE.ru : MINE.uz;
  const title = (seed: (typeof PENDING_LISTINGS)[number]) => seed.title[locale === "ru" ? "ru" : "uz"];
  await loginAs(page, t, "moderator@hunarmand.uz");
  await page
    .getByRole("main")
    .getByRole("link", { name: t("moderation.title") })
    .click();
  await expect(page).toHaveURL(/\/moderation$/);
  await expectAccessible(page);
  const pending = page.getByRole("region", { name: t("moderation.pendingTitle") });
  await expect(pending.getByRole("link", { name: title(mine.reject) })).toBeVisible();
  await expect(page.getByRole("link", { name: title(OTHER_DISTRICT) })).toHaveCount(0);

  // Approve: the listing is then public, on its own page.
  await pending.getByRole("link", { name: title(mine.approve) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(mine.approve));
  await expectAccessible(page);
  const approvedUrl = page.url();
  await page.getByRole("button", { name: t("moderation.approve") }).click();
  await expect(page.getByRole("status")).toHaveText(t("moderation.result.approved"));
  await expectAccessible(page);
  await page.getByRole("link", { name: t("moderation.seePublic") }).click();
  await expect(page).toHaveURL(/\/l\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(mine.approve));
  await expectAccessible(page);

  // Send back: a reason is required, and words for "another reason".
  await page.goto("/moderation");
  await expectAccessible(page);
  await page.getByRole("link", { name: title(mine.reject) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(mine.reject));
  await expectAccessible(page);
  const send = page.getByRole("button", { name: t("moderation.reject") });
  await send.click();
  await expect(page.getByText(t("moderation.errors.reasonRequired"))).toBeVisible();
  await page.getByLabel(t("moderation.rejectReasons.other")).check();
  await send.click();
  await expect(page.getByText(t("moderation.errors.textRequired"))).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t("moderation.reasonTextLabel")).fill("Please photograph it in daylight.");
  await send.click();
  await expect(page.getByRole("status")).toHaveText(t("moderation.result.rejected"));
  await expect(page.getByText(t("moderation.status.REJECTED")).first()).toBeVisible();
  await expectAccessible(page);
  await logOut(page, t);

  // Another district's moderator: their own district's listing only; ours are "not found".
  await loginAs(page, t, "moderator2@hunarmand.uz");
  await page.goto("/moderation");
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: title(OTHER_DISTRICT) })).toBeVisible();
  await expect(page.getByRole("link", { name: title(mine.reject) })).toHaveCount(0);
  const response = await page.goto(approvedUrl);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test("a buyer reports a listing and it shows in the moderator's queue", async ({ page, t, locale }) => {
  await loginAs(page, t, "buyer@hunarmand.uz");
  await page.goto(`/a/${REPORTED_ARTISAN}`);
  await expectAccessible(page);
  await page
    .getByRole("main")
    .locator('a[href^="/l/"]')
    .nth((locale === "ru" ? MINE.ru : MINE.uz).reportNth)
    .click();
  await expect(page).toHaveURL(/\/l\//);
  // The report link is only on a listing page: wait for it, so the heading read is the listing's.
  await expect(page.getByRole("link", { name: t("moderation.report.link") })).toBeVisible();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await expectAccessible(page);
  await page.getByRole("link", { name: t("moderation.report.link") }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expectAccessible(page);
  const submit = page.getByRole("button", { name: t("moderation.report.submit") });
  await submit.click();
  await expect(page.getByText(t("moderation.errors.reasonRequired"))).toBeVisible();
  await page.getByLabel(t("moderation.reportReasons.notHandmade")).check();
  await page.getByLabel(t("moderation.report.detailsLabel")).fill("The stitches look machine-made.");
  await submit.click();
  await expect(page.getByRole("status")).toHaveText(t("moderation.report.sent"));
  await expectAccessible(page);
  await logOut(page, t);

  await loginAs(page, t, "moderator2@hunarmand.uz");
  await page.goto("/moderation");
  await expectAccessible(page);
  const reported = page.getByRole("region", { name: t("moderation.reportedTitle") });
  await reported.getByRole("link", { name: title }).click();
  await expect(page.getByText("The stitches look machine-made.")).toBeVisible();
  await expectAccessible(page);
});
