import { randomBytes } from "node:crypto";
import { DEMO_PASSWORD, DEMO_ROLES, fillLogin, loginThroughForm, logOut, passTotp, signUp } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

const uniqueEmail = () => `buyer-${randomBytes(4).toString("hex")}@example.uz`;

test("a buyer signs up (after a mistake that keeps what was typed), logs out and logs in again", async ({
  page,
  t,
}) => {
  const email = uniqueEmail();
  await signUp(page, t, { name: "Malika Yusupova", email, password: "olma-anor-uzum-1", confirm: "olma-anor-uzum-2" });
  await expect(page.getByText(t("errors.passwordsDiffer"))).toBeVisible();
  await expect(page.getByLabel(t("auth.name"))).toHaveValue("Malika Yusupova");
  await expect(page.getByLabel(t("auth.emailOrPhone"))).toHaveValue(email);
  await expectAccessible(page);

  await page.getByLabel(t("auth.confirmPassword")).fill("olma-anor-uzum-1");
  await page
    .getByRole("main")
    .getByRole("button", { name: t("auth.signupButton") })
    .click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expect(page.getByRole("status")).toContainText("Malika Yusupova");
  await expectAccessible(page);

  await logOut(page, t);

  await fillLogin(page, t, email, "wrong-password-1");
  await expect(page.getByRole("alert")).toContainText(t("auth.invalidCredentials"));
  await expectAccessible(page);
  await fillLogin(page, t, email, "olma-anor-uzum-1");
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account.title"));
  await expectAccessible(page);
});

// One test, each demo account in turn (a test per account spent more on its own start than on the login).
test("every demo account logs in through the form and sees its role", async ({ page, t }) => {
  for (const { email, role } of DEMO_ROLES) {
    await test.step(`the demo ${role.toLowerCase()} ${email}`, async () => {
      await page.context().clearCookies();
      await loginThroughForm(page, t, email);
      await expect(
        page
          .getByRole("main")
          .getByRole("listitem")
          .filter({ hasText: t(`roles.${role}`) }),
      ).toBeVisible();
    });
  }
});

test("login with the keyboard alone", async ({ page, t }) => {
  await page.goto("/");
  await expectAccessible(page);
  // The first Tab reaches the skip link; then go to the login link by tabbing.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: t("common.skipToContent") })).toBeFocused();
  const login = page.getByRole("link", { name: t("common.login") });
  for (let i = 0; i < 10 && !(await login.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(login).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
  await page.keyboard.press("Tab"); // skip link
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByLabel(t("auth.emailOrPhone")).evaluate((el) => el === document.activeElement)) break;
  }
  await page.keyboard.type("buyer@hunarmand.uz");
  await page.keyboard.press("Tab");
  await page.keyboard.type("hunarmand-demo");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
});

test("a forgotten password is reset through the emailed link, and old sessions end", async ({ page, t }) => {
  const email = uniqueEmail();
  await signUp(page, t, { name: "Aziz Karimov", email, password: "birinchi-parol-1" });
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
  await logOut(page, t);

  await page.goto("/forgot-password");
  await expectAccessible(page);
  await page.getByLabel(t("auth.email")).fill(email);
  await page
    .getByRole("main")
    .getByRole("button", { name: t("auth.resetSend") })
    .click();
  await expect(page.getByRole("status")).toHaveText(t("auth.resetSent"));
  await expectAccessible(page);

  await page.goto("/dev/mail");
  await expectAccessible(page);
  const message = page.getByRole("listitem").filter({ hasText: email }).first();
  await message.getByRole("link").click();
  await expect(page).toHaveURL(/\/reset-password\//);
  await expectAccessible(page);
  await page.getByLabel(t("auth.newPassword"), { exact: true }).fill("ikkinchi-parol-2");
  await page.getByLabel(t("auth.confirmPassword")).fill("ikkinchi-parol-2");
  await page
    .getByRole("main")
    .getByRole("button", { name: t("common.save") })
    .click();
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);

  await fillLogin(page, t, email, "birinchi-parol-1");
  await expect(page.getByRole("alert")).toContainText(t("auth.invalidCredentials"));
  await expectAccessible(page);
  await fillLogin(page, t, email, "ikkinchi-parol-2");
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
});

test("log out everywhere ends the other sessions too", async ({ page, browser, t }) => {
  const email = uniqueEmail();
  await signUp(page, t, { name: "Dilshod Toshmatov", email, password: "uchinchi-parol-3" });
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
  // A second browser with its own session; it only checks the cookie's fate, no page is read there.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await otherPage.getByLabel(t("auth.emailOrPhone")).fill(email);
  await otherPage.getByLabel(t("auth.password"), { exact: true }).fill("uchinchi-parol-3");
  await otherPage
    .getByRole("main")
    .getByRole("button", { name: t("auth.loginButton") })
    .click();
  await expect(otherPage).toHaveURL(/\/account/);

  await page.goto("/account");
  await expectAccessible(page);
  await page.getByRole("button", { name: t("auth.logoutEverywhere") }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=all/);
  await expect(page.getByRole("status")).toHaveText(t("auth.loggedOutEverywhere"));
  await expectAccessible(page);
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/login\?redirectTo=/);
  await other.close();
});

test("a wrong two-step code is refused with a message, and the right one lets the moderator in", async ({
  page,
  t,
}) => {
  await fillLogin(page, t, "moderator@hunarmand.uz", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await page.getByLabel(t("auth.totpCode")).fill("000000");
  await page
    .getByRole("main")
    .getByRole("button", { name: t("common.submit") })
    .click();
  await expect(page.getByText(t("auth.totpInvalid"))).toBeVisible();
  await expect(page.getByLabel(t("auth.totpCode"))).toHaveAccessibleDescription(t("auth.totpInvalid"));
  await expectAccessible(page);
  await passTotp(page, t, "moderator@hunarmand.uz");
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
});
