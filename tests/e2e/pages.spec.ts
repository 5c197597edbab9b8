// The pages about the platform: reached from the footer of every page, one h1, the text of the
// page's language, axe-clean; on paper only the text; at 320 px with 200 % text nothing sticks out.
import { expect, expectAccessible, test } from "./fixtures";

const PAGES = [
  { name: "about", sentence: "pages.about.lead.0" },
  { name: "contact", sentence: "pages.contact.sections.order.text.0" },
  { name: "privacy", sentence: "pages.privacy.sections.law.text.0" },
  { name: "accessibility", sentence: "pages.accessibility.sections.gaps.list.0" },
] as const;

test("the footer leads to About, Contact, Privacy and Accessibility, each in the page's language", async ({
  page,
  t,
}) => {
  await page.goto("/");
  await expectAccessible(page);
  for (const { name, sentence } of PAGES) {
    const footerLinks = page.getByRole("contentinfo").getByRole("navigation", { name: t("pages.nav.label") });
    await footerLinks.getByRole("link", { name: t(`pages.nav.${name}`), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${name}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(`pages.${name}.title`));
    await expect(page).toHaveTitle(`${t(`pages.${name}.title`)} · ${t("common.appName")}`);
    await expect(page.getByText(t(sentence), { exact: true })).toBeVisible();
    await expectAccessible(page);
  }
  // The contact lines can be called and written to straight from the page.
  await page.goto("/contact");
  await expectAccessible(page);
  const operator = page.locator("section#operator address");
  await expect(operator.getByRole("link", { name: /^\+998 71 / })).toHaveAttribute("href", /^tel:\+99871\d{7}$/);
  await expect(operator.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
});

test("a page prints without the site's header, footer and menus, and fits 320 px at 200 % text", async ({
  page,
  t,
}) => {
  await page.goto("/privacy");
  await expectAccessible(page);
  await page.getByRole("button", { name: "200 %" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "200");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  const article = page.locator("article.static-page");
  expect(await article.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("pages.privacy.title"));
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: t("pages.ui.contents") })).toBeHidden();
  await expect(article).toHaveCSS("color", "rgb(0, 0, 0)");
});
