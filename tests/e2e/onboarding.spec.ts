import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { latinToCyrillic } from "~/utils/i18n/transliterate";
import { slugify } from "~/utils/slugify";
import { loginAs } from "../support/accounts";
import { translator } from "../support/i18n";
import { listPiece } from "../support/studio";
import { expect, expectAccessible, runsWithoutScript, test } from "./fixtures";

type T = Parameters<typeof loginAs>[1];

async function signedIn(browser: Browser, t: T, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await loginAs(page, t, email);
  return page;
}

// The artisan reads Uzbek in Cyrillic letters; the social worker's and moderator's pages are in
// Latin ones. One run proves both scripts, and that the consent words follow the artisan's language.
const tc = translator("uz-Cyrl");
const cyr = latinToCyrillic;
const inCyrillic = { locale: "uz-Cyrl-UZ" };

/**
 * Answers one consent page with the keyboard alone: the answer's radio, the second witness, the
 * button. The purpose is written in the artisan's language, the form in the worker's.
 */
async function answerConsent(page: Page, t: T, purpose: string, answer: "given" | "refused") {
  await expect(page).toHaveURL(new RegExp(`/consents/${purpose.toLowerCase().replaceAll("_", "-")}$`));
  await expect(page.getByRole("heading", { level: 2, name: tc(`consent.purpose.${purpose}.name`) })).toBeVisible();
  await expect(page.getByText(tc(`consent.purpose.${purpose}.what`))).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: t(`onboarding.consent.${answer}`), exact: true }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Onasi");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
}

test.use({ viewport: { width: 390, height: 844 } });

test("a social worker onboards an artisan at a home visit; the moderator grants the badge; the artisan signs in by phone and sees it, then withdraws the consent", async ({
  page,
  browser,
  t,
}) => {
  test.setTimeout(300_000);
  const latin = `Malika Yusupova ${randomInt(100, 999)}`;
  const shown = latin; // on the worker's and moderator's pages, in Latin letters
  const digits = `93${String(randomInt(0, 9_999_999)).padStart(7, "0")}`;
  const phone = `+998${digits}`;

  // The person the mahalla named; the visit where they agree.
  await loginAs(page, t, "sw.b@hunarmand.uz");
  await page.goto("/caseload/outreach/new");
  await expectAccessible(page);
  await page.getByLabel(t("caseload.new.name")).fill(latin);
  await page.getByLabel(t("caseload.new.phone")).fill(digits);
  await page.getByLabel(t("caseload.new.district")).selectOption({ label: "Chilonzor tumani" });
  await page.getByRole("radio", { name: t("caseload.source.MAHALLA") }).check();
  await page.getByRole("button", { name: t("caseload.new.save") }).click();
  await expectAccessible(page);
  await page.getByLabel(t("caseload.plan.date"), { exact: true }).fill("2026-12-06");
  await page.getByRole("button", { name: t("caseload.plan.submit") }).click();
  await expectAccessible(page);
  await page.getByLabel(t("caseload.record.date"), { exact: true }).fill("2026-12-06");
  await page.getByRole("radio", { name: t("caseload.outcome.AGREED") }).check();
  await page.getByRole("button", { name: t("caseload.record.submit") }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: t("onboarding.overview.start") }).click();

  // 1. The person: what was known is filled in; a mistake is named and what was typed stays.
  await expect(page.getByRole("heading", { level: 1, name: t("onboarding.person.title") })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel(t("onboarding.person.name"))).toHaveValue(shown);
  await page.getByLabel(t("onboarding.person.birthYear")).fill("88");
  await page.getByRole("button", { name: t("onboarding.person.save") }).click();
  await expect(page.getByText(t("onboarding.errors.birthYearInvalid"))).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t("onboarding.person.locale")).selectOption("uz-Cyrl");
  await page.getByRole("radio", { name: t("onboarding.gender.FEMALE") }).check();
  await page.getByLabel(t("onboarding.person.birthYear")).fill("1988");
  await page
    .getByRole("group", { name: t("onboarding.person.crafts") })
    .getByRole("checkbox")
    .first()
    .check();
  await page.getByLabel(t("onboarding.person.address")).fill("Qatortol koʻchasi 7, 12-xonadon");
  await page.getByLabel(t("onboarding.person.accessNotes")).fill("3-qavat, lift yoʻq");
  await page.getByRole("button", { name: t("onboarding.person.save") }).click();

  // 2. Consents, one purpose per page, by keyboard. Help with the app refused: nobody may act for
  // her (and the demo's "people I help" lists stay as other tests expect them).
  await expect(page.getByText(t("onboarding.consent.progress", { n: 1, count: 5 }))).toBeVisible();
  await expectAccessible(page);
  for (const purpose of [
    "PUBLIC_PROFILE_BADGE",
    "ADDRESS_TO_COURIER",
    "SUBSIDY_APPLICATION",
    "ASSISTED_MODE",
    "CASE_RECORDS",
  ])
    await answerConsent(page, t, purpose, purpose === "ASSISTED_MODE" ? "refused" : "given");
  await expect(page.getByRole("status")).toHaveText(t("onboarding.done.consents"));
  await expect(
    page.getByRole("heading", { level: 1, name: t("onboarding.overview.title", { name: shown }) }),
  ).toBeVisible();
  await expect(
    page.getByText(`${t("consent.purpose.ASSISTED_MODE.name")}: ${t("onboarding.consentState.refused")}`),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: t("onboarding.overview.printConsents") }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: tc("onboarding.sheet.title", { name: cyr(latin) }) }),
  ).toBeVisible();
  await expect(page.getByText(tc("onboarding.sheet.signArtisan"), { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await expectAccessible(page);

  // 3. The certificate as seen: what it says, never a copy.
  await page.getByRole("link", { name: t("onboarding.overview.recordEvidence") }).click();
  await expectAccessible(page);
  await page.getByRole("radio", { name: t("onboarding.evidence.groupN", { n: "II" }), exact: true }).check();
  await page.getByLabel(t("onboarding.evidence.number")).fill("TK 0457219");
  await page.getByLabel(t("onboarding.evidence.issuedOn")).fill("2025-03-01");
  await page.getByLabel(t("onboarding.evidence.validUntil")).fill("2028-03-01");
  await page.getByLabel(t("onboarding.evidence.commission")).fill("Chilonzor tumani TMEK");
  await page.getByLabel(t("onboarding.evidence.commissionDistrict")).selectOption({ label: "Chilonzor tumani" });
  await expectAccessible(page);
  await page.getByRole("button", { name: t("onboarding.evidence.save") }).click();
  await expect(page.getByRole("status")).toHaveText(t("onboarding.done.evidence"));
  await expectAccessible(page);

  // 4. The account: the password link by SMS. 6. A checklist step.
  await page.getByRole("link", { name: t("onboarding.overview.openAccount") }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("welcome.account.sendSms") }).click();
  await expect(page.getByText(t("welcome.account.sent"))).toBeVisible();
  await expectAccessible(page);
  await page.goto(page.url().replace(/\/account.*$/, "/checklists"));
  await expectAccessible(page);
  const documents = page.getByRole("form", { name: t("checklist.step.SE_DOCUMENTS.name") });
  await documents.getByRole("radio", { name: t("checklist.status.DONE") }).check();
  await documents.getByLabel(t("onboarding.checklist.doneOn")).fill("2026-12-06");
  await documents.getByRole("button", { name: t("onboarding.checklist.save") }).click();
  await expect(page.getByRole("form", { name: t("checklist.step.SE_DOCUMENTS.name") })).toContainText(
    t("checklist.status.DONE"),
  );
  await expectAccessible(page);

  // 8. The badge request goes to the district's moderators.
  await page.getByRole("link", { name: t("onboarding.backToArtisan") }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("onboarding.badge.request") }).click();
  await expect(page.getByRole("status")).toHaveText(t("onboarding.done.requestBadge"));
  await expect(page.getByText(t("caseload.artisanStage.badgeRequested"))).toBeVisible();
  await expectAccessible(page);

  // The artisan chooses a password from the text message, and lists a piece of work.
  // Without JavaScript, on a cheap phone.
  const artisan = await (
    await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, ...inCyrillic })
  ).newPage();
  runsWithoutScript(artisan);
  await artisan.goto("/dev/mail");
  await expectAccessible(artisan);
  const sms = artisan.getByRole("listitem").filter({ hasText: phone }).first();
  const link = await sms.getByRole("link").first().getAttribute("href");
  await artisan.goto(new URL(link!).pathname);
  await expect(
    artisan.getByText(
      tc("welcome.yourLogin", {
        phone: `+998 ${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 7)} ${digits.slice(7)}`,
      }),
    ),
  ).toBeVisible();
  await expectAccessible(artisan);
  await artisan.getByLabel(tc("welcome.password"), { exact: true }).fill("Qatortol-dopp1-2026");
  await artisan.getByLabel(tc("auth.confirmPassword")).fill("Qatortol-dopp1-2026");
  await artisan.getByRole("button", { name: tc("welcome.save") }).click();
  await expect(artisan).toHaveURL(/\/studio/);
  await expectAccessible(artisan);
  // A fresh load, so the keyboard starts from the top of the page (the skip link).
  await artisan.goto("/studio");
  const title = `Doʻppi ${latin}`;
  await listPiece(artisan, tc, title, cyr(title));

  // The moderator sees the request, opens the certificate (a recorded read), grants the badge and approves the piece.
  const moderator = await signedIn(browser, t, "moderator@hunarmand.uz");
  await moderator.goto("/badges");
  await expectAccessible(moderator);
  await moderator.getByRole("link", { name: shown }).click();
  await expect(
    moderator.getByRole("heading", { level: 1, name: t("badges.request.title", { name: shown }) }),
  ).toBeVisible();
  await expect(moderator.getByText("TK 0457219")).toHaveCount(0);
  await expectAccessible(moderator);
  await moderator.getByRole("button", { name: t("badges.certificate.show") }).click();
  await expect(moderator.getByText("TK 0457219")).toBeVisible();
  await expectAccessible(moderator);
  await moderator.getByRole("button", { name: t("badges.grant.submit") }).click();
  await expect(moderator.getByRole("status")).toHaveText(t("badges.done.granted"));
  await expectAccessible(moderator);
  await moderator.goto("/moderation");
  await expectAccessible(moderator);
  await moderator
    .getByRole("region", { name: t("moderation.pendingTitle") })
    .getByRole("link", { name: title })
    .click();
  await expectAccessible(moderator);
  await moderator.getByRole("button", { name: t("moderation.approve") }).click();
  await expect(moderator.getByRole("status")).toHaveText(t("moderation.result.approved"));
  await expectAccessible(moderator);
  await moderator.context().close();

  // The artisan signs in with the phone number and sees the badge; the public page shows it.
  const artisanAgain = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, ...inCyrillic })
  ).newPage();
  await artisanAgain.goto("/login");
  await expectAccessible(artisanAgain);
  await artisanAgain.getByLabel(tc("auth.emailOrPhone")).fill(`${digits.slice(0, 2)} ${digits.slice(2)}`);
  await artisanAgain.getByLabel(tc("auth.password"), { exact: true }).fill("Qatortol-dopp1-2026");
  await artisanAgain
    .getByRole("main")
    .getByRole("button", { name: tc("auth.loginButton") })
    .click();
  await expectAccessible(artisanAgain);
  await artisanAgain.goto("/studio/badge");
  await expect(artisanAgain.getByText(tc("studioAccount.badge.granted.state", { date: "01.03.2028" }))).toBeVisible();
  await expectAccessible(artisanAgain);
  const publicPage = `/a/${slugify(latin)}`;
  await page.goto(publicPage);
  await expect(page.getByRole("heading", { level: 1, name: shown })).toBeVisible();
  await expect(page.getByText(t("common.badgeExplain")).first()).toBeVisible();
  await expectAccessible(page);

  // Withdrawing the public-badge consent takes the badge off the public pages at once.
  await artisanAgain.goto("/studio/consents");
  await expectAccessible(artisanAgain);
  const publicConsent = artisanAgain
    .getByRole("listitem")
    .filter({ hasText: tc("consent.purpose.PUBLIC_PROFILE_BADGE.name") });
  await publicConsent.getByRole("link", { name: tc("studioAccount.consents.withdraw") }).click();
  await expect(artisanAgain.getByText(tc("consent.purpose.PUBLIC_PROFILE_BADGE.stops"))).toBeVisible();
  await expectAccessible(artisanAgain);
  await artisanAgain.getByRole("button", { name: tc("studioAccount.consents.confirmYes") }).click();
  await expect(artisanAgain.getByRole("status")).toContainText(tc("consent.purpose.PUBLIC_PROFILE_BADGE.name"));
  await expectAccessible(artisanAgain);
  await page.goto(publicPage);
  await expect(page.getByRole("heading", { level: 1, name: shown })).toBeVisible();
  await expect(page.getByText(t("common.badgeExplain"))).toHaveCount(0);
  await expectAccessible(page);
});
