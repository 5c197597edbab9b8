import { expect, expectAccessible, test } from "./fixtures";

test("search in Cyrillic from the header finds skullcaps; open one, then its artisan", async ({ page, t }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: t("common.search") }).fill("дўппи");
  await page.getByRole("button", { name: t("common.searchButton") }).click();
  await expect(page).toHaveURL(/\/catalog\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("catalog.titleFor", { q: "дўппи" }));
  const results = page.getByRole("region", { name: t("catalog.results") });
  const first = results.getByRole("listitem").first().getByRole("heading").getByRole("link");
  await expect(first).toBeVisible();
  await expectAccessible(page);

  const title = (await first.textContent()) ?? "";
  await first.click();
  await expect(page).toHaveURL(/\/l\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "product");
  await expectAccessible(page);

  await page.locator(`a[href^="/a/"]`).first().click();
  await expect(page).toHaveURL(/\/a\//);
  // The address changes a moment before the artisan's page replaces the listing's: read its name then.
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(title);
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: t("catalog.artisanGoods", { name: await page.getByRole("heading", { level: 1 }).innerText() }),
    }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("the demo artisan's page shows her story, the badge explained and her goods", async ({ page, t }) => {
  await page.goto("/catalog?q=Zulfiya+Rahimova");
  await expectAccessible(page);
  await page
    .getByRole("region", { name: t("catalog.results") })
    .getByRole("listitem")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/l\//);
  await expectAccessible(page);
  await page.locator('a[href^="/a/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Zulfiya Rahimova|Зулфия Раҳимова/);
  await expect(page.getByText(t("common.badgeExplain"))).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: t("catalog.artisanGoods", { name: "Zulfiya Rahimova" }) })
      .getByRole("listitem")
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
});

test("a search that finds nothing suggests crafts and clears the filters", async ({ page, t }) => {
  await page.goto("/catalog?q=kulolchilik&maxPrice=1");
  await expect(
    page.getByRole("heading", { level: 2, name: t("catalog.noResultsFor", { q: "kulolchilik" }) }),
  ).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: t("catalog.didYouMean") }).locator('a[href="/catalog?category=pottery"]'),
  ).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: t("catalog.popularCategories") })
      .getByRole("link")
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: t("catalog.clearFilters") }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  await expect(
    page
      .getByRole("region", { name: t("catalog.results") })
      .getByRole("listitem")
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filter by craft, badge and price with the form, then page on", async ({ page, t }) => {
    await page.goto("/catalog");
    await expectAccessible(page);
    const filters = page.getByRole("form", { name: t("catalog.filters") });
    await filters.getByLabel(t("catalog.category")).selectOption("pottery");
    await filters.getByLabel(t("catalog.badgeOnly")).check();
    await filters.getByLabel(t("catalog.minPrice")).fill("50000");
    await filters.getByLabel(t("catalog.maxPrice")).fill("2000000");
    await filters.getByLabel(t("catalog.sort")).selectOption("price-asc");
    await filters.getByRole("button", { name: t("catalog.apply") }).click();
    await expect(page).toHaveURL(/category=pottery/);
    await expect(page).toHaveURL(/badge=1/);
    await expect(page).toHaveURL(/minPrice=50000/);
    const cards = page.getByRole("region", { name: t("catalog.results") }).getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) await expect(card.getByText(t("common.badgeShort"))).toBeVisible();
    await expect(filters.getByLabel(t("catalog.category"))).toHaveValue("pottery");
    await expectAccessible(page);

    await page.goto("/catalog?sort=price-asc");
    await expectAccessible(page);
    const firstOnPageOne = await cards.first().getByRole("heading").textContent();
    await page.getByRole("link", { name: t("catalog.nextPage") }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(cards.first()).not.toHaveText(firstOnPageOne ?? "");
    await expectAccessible(page);
  });
});
