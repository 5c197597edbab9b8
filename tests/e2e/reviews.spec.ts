import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demoReviewableItems } from "../../prisma/seed/generate/reviews";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// Plain forms all the way: writing, answering and marking read must work with JavaScript off.
test.use({ javaScriptEnabled: false });

// The seed is deterministic: the demo buyer's two delivered, unreviewed items are known here.
// The uz and ru projects run side by side on one server, so each takes its own item.
const WAITING = demoReviewableItems(
  buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" }),
);
const BUYER = "buyer@hunarmand.uz";
const ARTISAN = "artisan@hunarmand.uz";

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectAccessible(page);
}

/** One notice in /notifications, found by its title. */
const notice = (page: Page, title: string) =>
  page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: title }) });

test("a buyer reviews a delivered item, it shows on the listing page, the artisan answers, both are notified", async ({
  page,
  t,
  locale,
}) => {
  test.setTimeout(180_000);
  const item = WAITING[locale === "ru" ? 1 : 0]!;
  const body = `${locale}: ${t("reviews.rating4")} ${randomBytes(3).toString("hex")}`;
  const reply = `${locale}: rahmat ${randomBytes(3).toString("hex")}`;

  await loginAs(page, t, BUYER);
  await page.getByRole("link", { name: t("reviews.accountLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("reviews.accountTitle") })).toBeVisible();
  await expectAccessible(page);
  await page.locator(`a[href="/reviews/new/${item.orderItemId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/new/${item.orderItemId}$`));
  await expectAccessible(page);

  // No rating and too short a text: the server says what is wrong and keeps what was typed.
  await page.getByLabel(t("reviews.bodyLabel")).fill("Zoʻr");
  await page.getByRole("button", { name: t("reviews.submit") }).click();
  await expect(page.getByText(t("reviews.errors.ratingRequired"))).toBeVisible();
  await expect(page.getByText(t("reviews.errors.bodyTooShort"))).toBeVisible();
  await expect(page.getByLabel(t("reviews.bodyLabel"))).toHaveValue("Zoʻr");
  await expectAccessible(page);

  await page.getByLabel(t("reviews.rating4")).check();
  await page.getByLabel(t("reviews.bodyLabel")).fill(body);
  await page.getByRole("button", { name: t("reviews.submit") }).click();
  await expect(page).toHaveURL(/\/account\/reviews\?review=sent/);
  await expect(page.getByRole("status")).toHaveText(t("reviews.sent"));
  await expect(page.getByText(body)).toBeVisible();
  await expect(page.locator(`a[href="/reviews/new/${item.orderItemId}"]`)).toHaveCount(0);
  await expectAccessible(page);

  // The form for an item already reviewed says so instead of offering a second review.
  await visit(page, `/reviews/new/${item.orderItemId}`);
  await expect(page.getByRole("status")).toHaveText(t("reviews.alreadyReviewed"));

  await visit(page, `/l/${item.slug}`);
  const reviews = page.getByRole("region", { name: t("reviews.listingTitle") });
  await expect(reviews.getByText(t("reviews.ratingSummary_one", { average: "4,0", count: 1 }))).toBeVisible();
  await expect(reviews.getByText(body)).toBeVisible();
  await expect(
    reviews
      .getByRole("listitem")
      .filter({ hasText: body })
      .getByText(/^Malika, /),
  ).toBeVisible();
  await expect(reviews.getByText("Yusupova")).toHaveCount(0);
  await logOut(page, t);

  await loginAs(page, t, ARTISAN);
  await page.getByRole("link", { name: t("reviews.studioLink") }).click();
  await expectAccessible(page);
  const card = page.getByRole("main").getByRole("listitem").filter({ hasText: body });
  await card.getByLabel(t("reviews.replyLabel", { name: "Malika" })).fill(reply);
  await card.getByRole("button", { name: t("reviews.replySend") }).click();
  await expect(page).toHaveURL(/\/studio\/reviews\?replied=/);
  await expect(page.getByRole("status")).toHaveText(t("reviews.replied"));
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: body })).toContainText(reply);
  await expectAccessible(page);

  // Each project marks a different inbox read (ru the artisan's, uz the buyer's), so neither
  // clears a notice the other is about to look for.
  // The notice names the piece in the reader's language (its Russian title on a Russian page).
  if (locale === "ru")
    await readNotice(page, t("notifications.review.received.title", { title: item.titleRu ?? item.title }), t);
  await logOut(page, t);

  await loginAs(page, t, BUYER);
  if (locale !== "ru")
    await readNotice(
      page,
      t("notifications.review.answered.title", { title: item.title, artisan: "Zulfiya Rahimova" }),
      t,
    );
  await visit(page, `/l/${item.slug}`);
  await expect(page.getByRole("region", { name: t("reviews.listingTitle") }).getByText(reply)).toBeVisible();
});

/** Opens /notifications from the account page, finds the notice unread, marks all read. */
async function readNotice(
  page: Page,
  title: string,
  t: (key: string, values?: Record<string, string | number>) => string,
) {
  await visit(page, "/account");
  await page
    .getByRole("link", { name: new RegExp(`^${t("notifications.page.link")}`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expectAccessible(page);
  const unreadLabel = () => notice(page, title).getByText(t("notifications.page.unread"), { exact: true });
  await expect(unreadLabel()).toHaveCount(1);
  await page.getByRole("button", { name: t("notifications.page.markAllRead") }).click();
  await expect(page).toHaveURL(/\/notifications\?read=all/);
  await expect(page.getByRole("status")).toHaveText(t("notifications.page.allRead"));
  await expect(notice(page, title)).toHaveCount(1);
  await expect(unreadLabel()).toHaveCount(0);
  await expectAccessible(page);
}
