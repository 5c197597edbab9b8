import { randomBytes } from "node:crypto";
import { demoReviewableItems } from "../../prisma/seed/generate/reviews";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import { signUp } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

const [someoneElsesItem] = demoReviewableItems(
  buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" }),
);

test("a new buyer finds an empty inbox and no reviews yet, and cannot open others' review pages", async ({
  page,
  t,
  locale,
}) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fnotifications/);
  await expectAccessible(page);

  await signUp(page, t, {
    name: "Sevara Tosheva",
    email: `inbox-${locale}-${randomBytes(4).toString("hex")}@example.uz`,
    password: "bildirish-2026",
  });
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expectAccessible(page);

  await page
    .getByRole("banner")
    .getByRole("link", { name: t("notifications.page.link") })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: t("notifications.page.title") })).toBeVisible();
  await expect(page.getByText(t("notifications.page.empty"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("notifications.page.markAllRead") })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/account/reviews");
  await expect(page.getByText(t("reviews.waitingEmpty"))).toBeVisible();
  await expect(page.getByText(t("reviews.yourEmpty"))).toBeVisible();
  await expectAccessible(page);

  // Another buyer's item does not exist for them; a studio is only for artisans (and those acting for one).
  for (const [path, status] of [
    [`/reviews/new/${someoneElsesItem!.orderItemId}`, 404],
    ["/studio/reviews", 403],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expectAccessible(page);
  }
});
