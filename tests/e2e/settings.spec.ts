import { addDays } from "~/utils/days";
import { formatDate, tashkentNow } from "~/utils/format";
import { loginAs } from "../support/accounts";
import { e2eQuery } from "../support/sessions";
import { expect, expectAccessible, followLink, test } from "./fixtures";

// The admin's marketplace settings in Uzbek: a commission rule for sellers without the badge that
// starts tomorrow, and a pickup day closed in Chilonzor.
test("the admin adds a commission rule starting tomorrow and closes a pickup day for a district", async ({
  page,
  t,
}) => {
  const today = tashkentNow().today;
  const tomorrow = addDays(today, 1);
  await loginAs(page, t, "admin@hunarmand.uz");
  await followLink(page, t("console.title"), t("console.title"));
  await followLink(page, t("console.pages.commission.link"), t("config.commission.title"));

  const form = page
    .getByRole("region", { name: t("config.commission.addTitle") })
    .or(page.locator("form", { has: page.getByRole("button", { name: t("config.commission.add") }) }));
  await form.getByRole("radio", { name: t("config.commission.categories.UNVERIFIED") }).check();
  await form.getByLabel(t("config.commission.percent")).fill("7,5");
  // The starting day is offered as tomorrow already.
  await expect(form.getByLabel(t("config.commission.startsOn"))).toHaveValue(tomorrow.toISOString().slice(0, 10));
  await form.getByLabel(t("config.commission.note")).fill("Sinov: ertadan boshlab");
  await form.getByRole("button", { name: t("config.commission.add") }).click();

  await expect(page.getByRole("status")).toHaveText(t("config.commission.done.added"));
  const rule = page
    .getByRole("listitem")
    .filter({ hasText: t("config.commission.from", { date: formatDate(tomorrow, "uz") }) });
  await expect(rule.first()).toContainText(t("config.commission.state.future"));
  await expect(rule.first()).toContainText("7,5");
  await expectAccessible(page);

  // A day ten days ahead closed in Chilonzor: listed with its reason.
  const closed = addDays(today, 10);
  const { rows } = await e2eQuery<{ id: string; name: string }>(
    `SELECT id, "nameUz" AS name FROM "District" WHERE code = 'UZ-TK-chilonzor'`,
  );
  await page
    .getByRole("navigation", { name: t("console.nav") })
    .getByRole("link", { name: t("console.home") })
    .click();
  await expectAccessible(page);
  await followLink(page, t("console.pages.pickupSlots.link"), t("slots.title"));
  await page.getByLabel(t("slots.district")).selectOption(rows[0]!.id);
  await page.getByRole("button", { name: t("slots.show") }).click();
  await expect(page.getByRole("table", { name: t("slots.week.title") })).toBeVisible();
  await expectAccessible(page);

  const closing = page.locator("form", { has: page.getByRole("button", { name: t("slots.closed.submit") }) });
  await closing.getByLabel(t("slots.closed.date")).fill(closed.toISOString().slice(0, 10));
  await closing.getByLabel(t("slots.closed.reason")).fill("Tuman bayrami");
  await closing.getByRole("button", { name: t("slots.closed.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(t("slots.done.closed"));
  await expect(page.getByRole("main")).toContainText("Tuman bayrami");
  await expect(
    page.getByRole("button", { name: t("slots.closed.reopen", { date: formatDate(closed, "uz") }) }),
  ).toBeVisible();
  await expectAccessible(page);
});
