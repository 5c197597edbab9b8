import { currentStep, totpAt } from "../support/totp";
import { loginAs } from "../support/accounts";
import { e2eQuery } from "../support/sessions";
import { expect, expectAccessible, followLink, test } from "./fixtures";

// The administrators' console in English: a new level-B social worker for Chilonzor, from the
// account the admin makes to her first sign-in with two-step verification.
test("the admin makes a level-B social worker's account; she chooses a password from the emailed link and signs in with two-step verification", async ({
  page,
  browser,
  t,
}) => {
  const { rows } = await e2eQuery<{ region: string; district: string }>(
    `SELECT r."nameEn" AS region, d."nameEn" AS district FROM "District" d JOIN "Region" r ON r.id = d."regionId"
      WHERE d.code = 'UZ-TK-chilonzor'`,
  );
  const { region, district } = rows[0]!;
  const email = `sw.new.${Date.now()}@hunarmand.uz`;

  await loginAs(page, t, "admin@hunarmand.uz");
  await followLink(page, t("console.title"), t("console.title"));
  await followLink(page, t("console.pages.people.link"), t("people.list.title"));
  await followLink(page, t("people.list.new"), t("people.new.title"));

  await page.getByLabel(t("people.form.name")).fill("Malika Yusupova");
  await page.getByLabel(t("people.form.email")).fill(email);
  await page.getByRole("radio", { name: t("roles.SOCIAL_WORKER"), exact: true }).check();
  await page.getByRole("radio", { name: t("people.level.B") }).check();
  await page.getByLabel(t("people.form.occupationCode")).fill("2635.1");
  await page.locator("summary", { hasText: region }).click();
  await page.getByRole("checkbox", { name: district, exact: true }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("people.form.create") }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Malika Yusupova");
  await expect(page.getByRole("status")).toHaveText(t("people.done.created-email", { email }));
  await expect(page.getByRole("main")).toContainText(district);
  await expect(page.getByRole("main")).toContainText("2635.1");
  await expectAccessible(page);

  // Her own browser: the link from the email, a password, then the authenticator set up.
  const hers = await (await browser.newContext()).newPage();
  await hers.goto("/dev/mail");
  await hers.getByRole("listitem").filter({ hasText: email }).first().getByRole("link").click();
  await expect(hers).toHaveURL(/\/welcome\//);
  await expect(hers.getByRole("heading", { level: 1 })).toHaveText(t("welcome.title"));
  await expectAccessible(hers);
  await hers.getByLabel(t("welcome.password"), { exact: true }).fill("malikaning-paroli-1");
  await hers.getByLabel(t("auth.confirmPassword")).fill("malikaning-paroli-1");
  await hers.getByRole("button", { name: t("welcome.save") }).click();

  await expect(hers).toHaveURL(/\/login\/two-factor/);
  await expect(hers.getByRole("heading", { level: 1 })).toHaveText(t("auth.totpSetupTitle"));
  await expectAccessible(hers);
  const secret = (await hers.locator("main code").textContent())!.trim();
  await hers.getByLabel(t("auth.totpCode")).fill(totpAt(secret, currentStep()));
  await hers
    .getByRole("main")
    .getByRole("button", { name: t("common.submit") })
    .click();
  await expect(hers).toHaveURL(/\/account/);
  await expect(hers.getByRole("main")).toContainText("Malika Yusupova");
  await expect(hers.getByRole("main").getByRole("link", { name: t("caseload.link") })).toBeVisible();
  await hers.context().close();
});
