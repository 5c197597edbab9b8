import { randomBytes } from "node:crypto";
import { fillLogin, logOut, signUp } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// The core flows are plain HTML forms: they must work with JavaScript off (old phones, slow networks).
test.use({ javaScriptEnabled: false });

test("without JavaScript: sign up with a mistake, fix it, log out, log in, change language and text size", async ({
  page,
  t,
}) => {
  const email = `nojs-${randomBytes(4).toString("hex")}@example.uz`;
  await signUp(page, t, { name: "Gulnora Saidova", email, password: "nojs-parol-123", confirm: "nojs-parol-124" });
  await expect(page.getByText(t("errors.passwordsDiffer"))).toBeVisible();
  await expect(page.getByLabel(t("auth.emailOrPhone"))).toHaveValue(email);
  await expectAccessible(page);
  await page.getByLabel(t("auth.password"), { exact: true }).fill("nojs-parol-123");
  await page.getByLabel(t("auth.confirmPassword")).fill("nojs-parol-123");
  await page
    .getByRole("main")
    .getByRole("button", { name: t("auth.signupButton") })
    .click();
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
  await logOut(page, t);
  await fillLogin(page, t, email, "nojs-parol-123");
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/account/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "150 %" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "150");
  await expectAccessible(page);
});
