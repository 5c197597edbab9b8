import type { Page } from "@playwright/test";
import { DEMO_TOTP_SECRETS } from "../../prisma/seed/content/demo-accounts";
import { expect, expectAccessible } from "../e2e/fixtures";
import { signIn } from "./sessions";
import { currentStep, totpAt } from "./totp";

export const DEMO_PASSWORD = "hunarmand-demo";

export const DEMO_ROLES = [
  { email: "buyer@hunarmand.uz", role: "BUYER" },
  { email: "artisan@hunarmand.uz", role: "ARTISAN" },
  { email: "helper@hunarmand.uz", role: "HELPER" },
  { email: "sw.b@hunarmand.uz", role: "SOCIAL_WORKER" },
  { email: "sw.d@hunarmand.uz", role: "SOCIAL_WORKER" },
  { email: "moderator@hunarmand.uz", role: "MODERATOR" },
  { email: "courier@hunarmand.uz", role: "COURIER" },
  { email: "admin@hunarmand.uz", role: "ADMIN" },
] as const;

type T = (key: string, values?: Record<string, string | number>) => string;

export async function fillLogin(page: Page, t: T, identifier: string, password: string) {
  await page.goto("/login");
  await expectAccessible(page);
  await page.getByLabel(t("auth.emailOrPhone")).fill(identifier);
  await page.getByLabel(t("auth.password"), { exact: true }).fill(password);
  await page
    .getByRole("main")
    .getByRole("button", { name: t("auth.loginButton") })
    .click();
}

/**
 * Staff pass TOTP. A code is accepted once (replay protection) and the other locale's project may
 * have just used this window's code, so try this step, then the next (the ±1 window), then wait.
 */
export async function passTotp(page: Page, t: T, email: string) {
  const secret = (DEMO_TOTP_SECRETS as Record<string, string>)[email];
  if (!secret) throw new Error(`no demo TOTP secret for ${email}`);
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await expectAccessible(page);
  for (let attempt = 0; attempt < 4; attempt++) {
    const step = currentStep() + (attempt % 2);
    await page.getByLabel(t("auth.totpCode")).fill(totpAt(secret, step));
    await page
      .getByRole("main")
      .getByRole("button", { name: t("common.submit") })
      .click();
    // Whichever comes first: on to the next page, or the code refused (a replay when another test
    // used the same code). No fixed wait: a busy machine may take seconds for either.
    const invalid = page.getByText(t("auth.totpInvalid"));
    const accepted = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith("/login/two-factor"), { timeout: 20_000 }).then(() => true),
      invalid.waitFor({ timeout: 20_000 }).then(() => false),
    ]);
    if (accepted) return;
    await expectAccessible(page);
    if (attempt === 1) await page.waitForTimeout(31_000 - (Date.now() % 30_000));
  }
  throw new Error(`TOTP for ${email} was not accepted`);
}

/** The login form, and the second factor for staff: what accounts.spec.ts tests for every role. */
export async function loginThroughForm(page: Page, t: T, email: string, password = DEMO_PASSWORD) {
  await fillLogin(page, t, email, password);
  if (email in DEMO_TOTP_SECRETS) await passTotp(page, t, email);
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
}

/**
 * Signed in on the account page. A demo account gets a session of its own straight away
 * (sessions.ts); a password given means this test's own account, through the form (a guest's
 * cart and orders join the account there).
 */
export async function loginAs(page: Page, t: T, email: string, password?: string) {
  if (password !== undefined) return loginThroughForm(page, t, email, password);
  await signIn(page, email);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
}

export async function signUp(
  page: Page,
  t: T,
  input: { name: string; email: string; password: string; confirm?: string },
) {
  await page.goto("/signup");
  await expectAccessible(page);
  await page.getByLabel(t("auth.name")).fill(input.name);
  await page.getByLabel(t("auth.emailOrPhone")).fill(input.email);
  await page.getByLabel(t("auth.password"), { exact: true }).fill(input.password);
  await page.getByLabel(t("auth.confirmPassword")).fill(input.confirm ?? input.password);
  await page
    .getByRole("main")
    .getByRole("button", { name: t("auth.signupButton") })
    .click();
}

export async function logOut(page: Page, t: T) {
  await page
    .getByRole("banner")
    .getByRole("button", { name: t("common.logout") })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expectAccessible(page);
}
