import { randomBytes } from "node:crypto";
import { loginAs } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// A social worker on a phone, without JavaScript (a cheap phone, a slow network): the outreach
// list, a person named by the mahalla, a visit planned and its outcome recorded.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("a social worker adds a person named by the mahalla, plans a visit, and records a refusal with its reason", async ({
    page,
    t,
    uzName,
  }) => {
    const surname = `Toshmatova${randomBytes(2).toString("hex")}`;
    const typed = `Гулноза ${surname}`; // typed in Cyrillic letters, kept in Latin ones
    const latin = `Gulnoza ${surname}`;

    await loginAs(page, t, "sw.b@hunarmand.uz");
    await page.getByRole("link", { name: t("caseload.link") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("caseload.title") })).toBeVisible();
    // The demo list: a declined person stays, with the stage in words.
    await expect(page.getByRole("listitem").filter({ hasText: uzName("Bahodir Qodirov") })).toContainText(
      t("caseload.stage.declined"),
    );
    // The district's artisans, each with where their onboarding stands.
    const artisans = page.getByRole("region", { name: t("caseload.artisans.title") });
    await expect(artisans.getByRole("listitem").filter({ hasText: uzName("Zulfiya Rahimova") })).toContainText(
      t("caseload.artisanStage.verified"),
    );
    await expectAccessible(page);

    await page.getByRole("link", { name: t("caseload.add") }).click();
    await page.getByLabel(t("caseload.new.name")).fill(typed);
    await page.getByLabel(t("caseload.new.phone")).fill("90 12");
    await page.getByLabel(t("caseload.new.district")).selectOption({ label: uzName("Chilonzor tumani") });
    await page.getByRole("button", { name: t("caseload.new.save") }).click();
    // Mistakes are named and what was typed stays.
    await expect(page.getByText(t("caseload.errors.phoneInvalid"))).toBeVisible();
    await expect(page.getByText(t("caseload.errors.sourceRequired"))).toBeVisible();
    await expect(page.getByLabel(t("caseload.new.name"))).toHaveValue(typed);
    await expectAccessible(page);
    await page.getByLabel(t("caseload.new.phone")).fill("90 765 43 21");
    await page.getByRole("radio", { name: t("caseload.source.MAHALLA") }).check();
    await page.getByRole("radio", { name: t("caseload.work.yes") }).check();
    await page.getByRole("button", { name: t("caseload.new.save") }).click();

    await expect(page.getByRole("heading", { level: 1, name: uzName(latin) })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(t("caseload.person.saved"));
    await expect(page.getByText(t("caseload.stage.named"))).toBeVisible();
    await expect(page.getByText("+998907654321")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel(t("caseload.plan.date"), { exact: true }).fill("2026-12-20");
    await page.getByRole("button", { name: t("caseload.plan.submit") }).click();
    await expect(page.getByText(t("caseload.person.planned", { date: "20.12.2026" }))).toBeVisible();
    await expect(page.getByText(t("caseload.stage.visitPlanned"))).toBeVisible();

    await page.getByLabel(t("caseload.record.date"), { exact: true }).fill("2026-12-20");
    await page.getByLabel(t("caseload.record.present")).fill("onasi");
    await page.getByRole("radio", { name: t("caseload.outcome.DECLINED") }).check();
    await page.getByRole("button", { name: t("caseload.record.submit") }).click();
    await expect(page.getByText(t("caseload.errors.reasonRequired"))).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(t("caseload.record.reason")).fill("Hozir davolanishda");
    await page.getByRole("button", { name: t("caseload.record.submit") }).click();
    await expect(page.getByText(t("caseload.person.done", { date: "20.12.2026" }))).toBeVisible();
    // Typed in Latin letters on a Cyrillic page: shown in Cyrillic, like every Uzbek text here.
    await expect(page.getByText(`${t("caseload.person.reason")} ${uzName("Hozir davolanishda")}`)).toBeVisible();
    await expect(page.getByText(`${t("caseload.person.present")} ${uzName("onasi")}`)).toBeVisible();
    await expect(page.getByText(t("caseload.stage.declined"))).toBeVisible();
    await expectAccessible(page);

    // Found from the list by the Latin spelling of the name typed in Cyrillic.
    await page.getByRole("link", { name: t("caseload.person.back") }).click();
    await page.getByLabel(t("caseload.filters.q")).fill(surname);
    await page.getByRole("button", { name: t("caseload.filters.show") }).click();
    await expect(page.getByRole("heading", { level: 2, name: t("caseload.count", { count: 1 }) })).toBeVisible();
    await expect(page.getByRole("link", { name: uzName(latin) })).toBeVisible();
    expect(page.url(), "what was searched for stays out of the address").not.toContain(
      surname.toLowerCase().slice(0, 6),
    );
    await expectAccessible(page);
  });
});
