import path from "node:path";
import { monthFacts } from "~/modules/cases/month-facts.server";
import { reviewMonth } from "~/modules/cases/schedule";
import { formatDate, formatMonth, tashkentNow } from "~/utils/format";
import { createDb } from "~/utils/db.server";
import { formatMoney, fromMinor } from "~/utils/money";
import { runningEmbeddedUrl } from "../../server/embedded-postgres";
import { loginAs } from "../support/accounts";
import { E2E_DATA_DIR } from "../support/e2e-server";
import { expect, expectAccessible, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

/** What the marketplace knew of the review's month, computed by the app's own rule on the served database. */
async function factsOf(caseId: string) {
  const db = createDb(runningEmbeddedUrl(path.join(E2E_DATA_DIR, "pg")));
  try {
    const review = await db.monthlyReview.findFirstOrThrow({ where: { caseId, number: 1 }, include: { case: true } });
    const month = reviewMonth(review.dueOn);
    return { ...(await monthFacts(db, review.case.artisanId, month)), month: month.key };
  } finally {
    await db.$disconnect();
  }
}

test("sw.d opens a case, records the needs assessment and a plan with two actions, sends a referral and records its answer, completes the first monthly review with the month's facts, and closes the case", async ({
  page,
  t,
}) => {
  test.setTimeout(240_000);
  const locale = "ru";
  const today = tashkentNow().today.toISOString().slice(0, 10);
  const name = "Oybek Nazarov"; // onboarded long ago, his earlier case closed: his first review is due at once

  await loginAs(page, t, "sw.d@hunarmand.uz");
  await page.goto("/caseload");
  await expectAccessible(page);
  await page.getByRole("link", { name, exact: true }).first().click();
  await expectAccessible(page);
  await page.getByRole("link", { name: t("cases.open.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("cases.open.heading", { name }) })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("cases.open.submit") }).click();
  await expect(page.getByText(t("cases.done.opened"))).toBeVisible();
  await expect(page.getByText(t("cases.stage.INTAKE"))).toBeVisible();
  await expectAccessible(page);
  const caseId = new URL(page.url()).pathname.split("/")[2]!;

  // The needs assessment, with the person: a goal left out is named, what was typed stays.
  await page.goto(`/cases/${caseId}/assessment`);
  await expectAccessible(page);
  await page.getByLabel(t("cases.assessment.barriers")).fill("Далеко до рынка");
  await page.getByRole("button", { name: t("cases.assessment.save") }).click();
  await expect(page.getByText(t("cases.errors.goalsRequired"))).toBeVisible();
  await expect(page.getByLabel(t("cases.assessment.barriers"))).toHaveValue("Далеко до рынка");
  await page.getByLabel(t("cases.assessment.goals")).fill("Продавать резьбу по дереву через сайт");
  await page.getByRole("checkbox", { name: t("cases.accommodation.homePickup") }).check();
  await page.getByLabel(t("cases.assessment.skills")).fill("Резьба по дереву, 20 лет");
  await page.getByRole("button", { name: t("cases.assessment.save") }).click();
  await expect(page.getByText(t("cases.done.assessment"))).toBeVisible();
  await expect(page.getByText(t("cases.stage.ASSESSMENT"))).toBeVisible();
  await expectAccessible(page);

  // The individual plan: two actions.
  await page.goto(`/cases/${caseId}/plan`);
  await expectAccessible(page);
  await page.getByLabel(t("cases.plan.goals")).fill("Продавать на сайте\nДве продажи в месяц");
  const actions = [
    ["Сфотографировать изделия", "Соцработник", "2027-01-15"],
    ["Оформить самозанятость", "Ойбек", "2027-01-31"],
  ];
  for (const [i, [what, who, by]] of actions.entries()) {
    const row = page.getByRole("group", { name: t("cases.plan.action", { n: i + 1 }) });
    await row.getByLabel(t("cases.plan.what")).fill(what!);
    await row.getByLabel(t("cases.plan.who")).fill(who!);
    await row.getByLabel(t("cases.plan.byWhen")).fill(by!);
  }
  await page.getByRole("button", { name: t("cases.plan.save") }).click();
  await expect(page.getByText(t("cases.done.plan"))).toBeVisible();
  for (const [what] of actions) await expect(page.getByText(what!).first()).toBeVisible();
  await expectAccessible(page);

  // A referral to the employment centre, then its answer.
  await page.goto(`/cases/${caseId}/referrals`);
  await expectAccessible(page);
  await page.getByLabel(t("cases.referral.kind")).selectOption({ label: t("cases.referralKind.EMPLOYMENT_CENTRE") });
  await page.getByLabel(t("cases.referral.organisation")).fill("Центр занятости Юнусабадского района");
  await page.getByLabel(t("cases.referral.sentOn")).fill(today);
  await page.getByRole("button", { name: t("cases.referral.submit") }).click();
  await expect(page.getByText(t("cases.done.referral"))).toBeVisible();
  await expect(page.getByText(t("cases.referralStatus.SENT")).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: t("cases.referralStatus.ACCEPTED") }).check();
  await page.getByLabel(t("cases.referral.respondedOn")).fill(today);
  await page.getByLabel(t("cases.referral.response")).fill("Приглашён на ярмарку вакансий");
  await page.getByRole("button", { name: t("cases.referral.saveAnswer") }).click();
  await expect(page.getByText(t("cases.done.answer"))).toBeVisible();
  await expect(page.getByText(t("cases.referralStatus.ACCEPTED")).first()).toBeVisible();
  await expect(page.getByText(t("cases.stage.IN_PROGRESS"))).toBeVisible();
  await expectAccessible(page);

  // The first monthly review: the month's marketplace facts are there before anything is typed.
  await page.goto(`/cases/${caseId}/reviews/1`);
  await expectAccessible(page);
  const facts = await factsOf(caseId);
  await expect(page.getByText(t("cases.review.facts", { month: formatMonth(facts.month, t) }))).toBeVisible();
  const factList = page.locator("dl").filter({ hasText: t("cases.facts.liveListings") });
  const shown = [
    ["liveListings", String(facts.liveListings)],
    ["orders", String(facts.orders)],
    ["deliveredSales", String(facts.deliveredSales)],
    ["income", formatMoney(fromMinor(facts.incomeMinor), locale)],
    ["pickupsFailed", String(facts.pickupsFailed)],
  ];
  for (const [key, value] of shown) await expect(factList).toContainText(`${t(`cases.facts.${key}`)}${value}`);
  await page.getByLabel(t("cases.review.note")).fill("Заказы идут, нужна помощь с упаковкой");
  await page.getByRole("radio", { name: t("cases.satisfaction.4"), exact: true }).check();
  await page.getByRole("button", { name: t("cases.review.save") }).click();
  await expect(page.getByText(t("cases.done.review"))).toBeVisible();
  await expect(page.getByText(t("cases.stage.MONITORING"))).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText(t("cases.review.doneOn", { date: formatDate(today, locale) })).first()).toBeVisible();

  // The summary for the paper file, then closing with a reason.
  await page.goto(`/cases/${caseId}/summary`);
  await expect(page.getByRole("heading", { level: 1, name: t("cases.summary.heading", { name }) })).toBeVisible();
  await expect(page.getByText("Заказы идут, нужна помощь с упаковкой")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/cases/${caseId}/close`);
  await expectAccessible(page);
  await page.getByRole("radio", { name: t("cases.closure.SELF_EMPLOYED_EARNING") }).check();
  await page.getByRole("button", { name: t("cases.close.submit") }).click();
  await expect(page.getByText(t("cases.done.closed"))).toBeVisible();
  await expect(page.getByText(t("cases.stage.CLOSED")).first()).toBeVisible();
  await expectAccessible(page);
});
