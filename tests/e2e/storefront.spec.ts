import { translator } from "../support/i18n";
import { expect, expectAccessible, test } from "./fixtures";

test("the home page shows the crafts and featured listings with their photos; a listing shows its badge", async ({
  page,
  t,
}) => {
  await page.goto("/");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("common.tagline"));
  const categories = page.getByRole("region", { name: t("common.categories") }).getByRole("listitem");
  await expect(categories).toHaveCount(12);
  const cards = page.getByRole("region", { name: t("common.featured") }).getByRole("listitem");
  await expect(cards).toHaveCount(12);
  const firstPhoto = cards.first().getByRole("img");
  await expect(firstPhoto).toHaveAttribute("alt", /\S/);
  await expect
    .poll(() => firstPhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  const verified = cards.filter({ hasText: t("common.badgeShort") }).first();
  const title = await verified.getByRole("heading").innerText();
  await verified.getByRole("link").click();
  await expect(page).toHaveURL(/\/l\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(t("common.badgeExplain"))).toBeVisible();
  await expectAccessible(page);
});

test("the language switcher goes through all four languages and remembers the choice", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  const names = { uz: "Oʻzbekcha", "uz-Cyrl": "Ўзбекча", ru: "Русский", en: "English" } as const;
  for (const [locale, name] of Object.entries(names) as [keyof typeof names, string][]) {
    await page.getByRole("button", { name, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator(locale)("common.tagline"));
    if (locale === "uz-Cyrl") await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/[A-Za-z]/);
    await expectAccessible(page);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectAccessible(page);
  }
  // hreflang alternates name every language of this page.
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", /lang=ru/);
});

test("text size and high contrast can be switched and persist", async ({ page, t }) => {
  await page.goto("/");
  await expectAccessible(page);
  const html = page.locator("html");
  const fontSize = () => html.evaluate((el) => getComputedStyle(el).fontSize);
  expect(await fontSize()).toBe("16px");
  await page.getByRole("button", { name: "150 %" }).click();
  await expect(html).toHaveAttribute("data-text-size", "150");
  expect(await fontSize()).toBe("24px");
  await expectAccessible(page);
  await page.getByRole("button", { name: "125 %" }).click();
  await expect(html).toHaveAttribute("data-text-size", "125");
  await expectAccessible(page);
  await page.getByRole("button", { name: t("common.highContrast") }).click();
  await expect(html).toHaveAttribute("data-contrast", "high");
  await expect(page.getByRole("button", { name: t("common.highContrast") })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await page.goto("/login");
  await expect(html).toHaveAttribute("data-contrast", "high");
  await expect(html).toHaveAttribute("data-text-size", "125");
  await expectAccessible(page);
  await page.getByRole("button", { name: t("common.highContrast") }).click();
  await expect(html).toHaveAttribute("data-contrast", "normal");
  await expectAccessible(page);
});

test("unknown pages answer 404 in the visitor's language; search leads to the catalogue", async ({ page, t }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("common.notFoundTitle"));
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: t("common.search") }).fill("doʻppi");
  await page.getByRole("button", { name: t("common.searchButton") }).click();
  await expect(page).toHaveURL(/\/catalog\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("catalog.titleFor", { q: "doʻppi" }));
  await expectAccessible(page);
  // Old /search links keep working: a permanent redirect to the catalogue with the same words.
  const old = await page.request.get("/search?q=doppi", { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toBe("/catalog?q=doppi");
});

test("the health check answers with the database checked", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
});
