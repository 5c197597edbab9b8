import type { Browser, Page } from "@playwright/test";
import { formatDate, tashkentNow } from "~/utils/format";
import { formatMoney, fromMinor, percentOf } from "~/utils/money";
import { loginAs } from "../support/accounts";
import { e2eQuery } from "../support/sessions";
import { expect, expectAccessible, test } from "./fixtures";

type T = Parameters<typeof loginAs>[1];

async function signedIn(browser: Browser, t: T, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await loginAs(page, t, email);
  return page;
}

/** What the claim must come to today: the programme's multiple × the BCA in force on this Tashkent day. */
async function expectedAmount(): Promise<string> {
  const today = tashkentNow().today.toISOString().slice(0, 10);
  const { rows } = await e2eQuery<{ amount: string; multiple: string }>(
    `SELECT (SELECT "amountMinor"::text FROM "BaseCalculationAmount" WHERE "effectiveFrom" <= $1::date
               ORDER BY "effectiveFrom" DESC LIMIT 1) AS amount,
            (SELECT "bcaMultiple"::text FROM "SubsidyProgramme" WHERE code = 'SELF-EMPLOYED-2026') AS multiple`,
    [today],
  );
  const { amount, multiple } = rows[0]!;
  return formatMoney(percentOf(fromMinor(BigInt(amount)), Math.round(Number(multiple) * 10_000)), "uz");
}

test.use({ viewport: { width: 390, height: 844 } });

test("sw.a prepares a subsidy claim with the artisan, sw.d countersigns, the branch head approves at multiple × BCA, records the payment and prints the letter; the artisan sees it paid", async ({
  page,
  browser,
  t,
}) => {
  test.setTimeout(240_000);
  const today = formatDate(tashkentNow().today, "uz");

  // sw.a (level A) prepares the claim for Zulfiya Rahimova, who qualifies: every check met.
  await loginAs(page, t, "sw.a@hunarmand.uz");
  await page.goto("/subsidies/new");
  await expectAccessible(page);
  await page.getByLabel(t("subsidies.new.artisan")).selectOption({ label: "Zulfiya Rahimova" });
  await page.getByRole("button", { name: t("subsidies.new.submit") }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: t("subsidies.claim.title", { name: "Zulfiya Rahimova" }) }),
  ).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText(t("subsidies.check.met"))).toHaveCount(6);
  // Nothing is promised before the decision.
  await expect(page.getByText(t("subsidies.claim.amountLater", { multiple: "1" }))).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("soʻm");
  const documents = page.getByRole("group", { name: t("subsidies.claim.documentsLegend") }).getByRole("checkbox");
  await expect(documents).toHaveCount(4);
  for (const box of await documents.all()) await box.check();
  await page.getByRole("button", { name: t("subsidies.claim.saveDocuments") }).click();
  await expect(page.getByText(t("subsidies.done.documents"))).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText(t("subsidies.claim.submitCountersign"))).toBeVisible();
  await page.getByRole("button", { name: t("subsidies.claim.submit"), exact: true }).click();
  await expect(page.getByText(t("subsidies.done.submitted"))).toBeVisible();
  await expect(page.getByText(t("subsidies.status.AWAITING_COUNTERSIGN"))).toBeVisible();
  await expectAccessible(page);
  const claimUrl = new URL(page.url()).pathname;

  // sw.d countersigns from the queue: on to the branch head, due in 3 days.
  const d = await signedIn(browser, t, "sw.d@hunarmand.uz");
  await d.goto("/subsidies");
  const waiting = d.getByRole("region", { name: new RegExp(t("subsidies.queue.toCountersign")) });
  await waiting.getByRole("link", { name: "Zulfiya Rahimova" }).click();
  await d.getByRole("button", { name: t("subsidies.countersign.submit") }).click();
  await expect(d.getByText(t("subsidies.done.countersigned"))).toBeVisible();
  await expect(d.getByText(t("subsidies.status.SUBMITTED"))).toBeVisible();
  await d.context().close();

  // The branch head sees it to decide, with its deadline, and approves: the amount is set now.
  const f = await signedIn(browser, t, "sw.f@hunarmand.uz");
  await f.goto("/subsidies");
  await expect(f.getByRole("heading", { name: t("subsidies.totals.title") })).toBeVisible();
  const toDecide = f.getByRole("region", { name: new RegExp(t("subsidies.queue.toDecide")) });
  await expect(toDecide.getByRole("listitem").filter({ hasText: "Zulfiya Rahimova" })).toContainText(
    t("subsidies.due.left_other", {
      day: formatDate(new Date(tashkentNow().today.getTime() + 3 * 86_400_000), "uz"),
      count: 3,
    }),
  );
  await f.goto(claimUrl);
  await f.getByRole("button", { name: t("subsidies.decide.approve") }).click();
  await expect(f.getByText(t("subsidies.done.approved"))).toBeVisible();
  const amount = await expectedAmount();
  await expect(f.getByRole("main")).toContainText(amount);
  // The payment, then the letter in the artisan's language.
  await f.getByLabel(t("subsidies.pay.orderNumber")).fill("PT-7781");
  await f.getByRole("button", { name: t("subsidies.pay.submit") }).click();
  await expect(f.getByText(t("subsidies.done.paid"))).toBeVisible();
  await expect(f.getByText(t("subsidies.status.PAID"), { exact: true })).toBeVisible();
  await f.getByRole("link", { name: t("subsidies.letter.open") }).click();
  const letter = f.getByRole("article");
  await expect(letter).toContainText(t("subsidies.letter.title"));
  await expect(letter).toContainText(amount);
  await expect(letter).toContainText(t("subsidies.letter.paid", { day: today, order: "PT-7781" }));
  await f.context().close();

  // The artisan reads it in the studio in plain words.
  const artisan = await signedIn(browser, t, "artisan@hunarmand.uz");
  await artisan.goto("/studio/subsidy");
  await expect(artisan.getByText(t("subsidies.mine.status.PAID"))).toBeVisible();
  await expect(artisan.getByText(t("subsidies.mine.next.PAID", { paidDay: today, amount }))).toBeVisible();
  await artisan.context().close();
});
