import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatMoney, fromMinor } from "../../app/utils/money";
import { loginAs } from "../support/accounts";
import { fillContact } from "../support/checkout";
import { regionWithBranches } from "../support/places";
import { quietPieceOfDemoArtisan } from "../support/seed-pieces";
import { photoFiles } from "../support/studio";
import { expect, expectAccessible, runsWithoutScript, test } from "./fixtures";

// Plain form posts all the way, the photos included: the studio must work with JavaScript off.
test.use({ javaScriptEnabled: false });

const ARTISAN = "artisan@hunarmand.uz";

// Listing a piece with two photos by keyboard alone is the first step of the end-to-end walk
// (walk.spec.ts, in Uzbek Latin and Cyrillic), so it is not repeated here.

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("a photo can be removed, a draft kept for later and then archived", async ({ page, t }) => {
    test.setTimeout(120_000);
    await loginAs(page, t, ARTISAN);
    await page.goto("/studio");
    await expectAccessible(page);
    await page.getByRole("button", { name: t("studio.newListing") }).click();
    await expect(page).toHaveURL(/\/studio\/listings\/[^/]+\/photos$/);
    const id = new URL(page.url()).pathname.split("/")[3]!;
    await expectAccessible(page);

    // Sent with progress through XMLHttpRequest: a refusal still comes back in words, here an iPhone's HEIC photo.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from("ftypheic"),
      Buffer.alloc(4),
      Buffer.from("mif1heic"),
      Buffer.alloc(512, 7),
    ]);
    await page
      .getByLabel(t("studio.photos.choose"))
      .setInputFiles({ name: "IMG_0001.HEIC", mimeType: "image/heic", buffer: heic });
    await page.getByRole("button", { name: t("studio.photos.upload") }).click();
    await expect(page.getByRole("alert")).toHaveText(t("studio.photoRefused.heic", { name: "IMG_0001.HEIC" }));
    await expectAccessible(page);

    await page.getByLabel(t("studio.photos.choose")).setInputFiles((await photoFiles()).slice(0, 1));
    await page.getByRole("button", { name: t("studio.photos.upload") }).click();
    await expect(page.getByLabel(t("studio.photos.altLabel", { number: 1 }))).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.getByRole("button", { name: t("studio.photos.remove", { number: 1 }) }).click();
    await expect(page.getByLabel(t("studio.photos.altLabel", { number: 1 }))).toHaveCount(0);
    await expectAccessible(page);

    // A new photo, described; the next step checks its answers in the browser before sending.
    await page.getByLabel(t("studio.photos.choose")).setInputFiles((await photoFiles()).slice(1));
    await page.getByRole("button", { name: t("studio.photos.upload") }).click();
    await page.getByLabel(t("studio.photos.altLabel", { number: 1 })).fill("Koʻk doʻppi");
    await page.getByRole("button", { name: t("studio.next") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.about.title") })).toBeVisible();
    await page.getByRole("button", { name: t("studio.next") }).click();
    await expect(page.getByText(t("studio.errors.category"))).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: t("studio.saveForLater") }).click();
    const row = page.locator(`li:has(a[href="/studio/listings/${id}/photos"])`);
    await expect(row.getByText(t("studio.status.DRAFT"), { exact: true })).toBeVisible();
    await expectAccessible(page);
    await row.getByRole("button", { name: t("studio.archiveNamed", { title: t("studio.untitled") }) }).click();
    await expect(page.getByRole("status")).toHaveText(t("studio.archived"));
    await expect(
      page
        .locator("li")
        .filter({ hasText: t("studio.status.ARCHIVED") })
        .first(),
    ).toBeVisible();
    await expectAccessible(page);
  });
});

/** Opens the listing and puts one piece in this browser's cart. */
async function addOne(page: Page, t: (key: string) => string, slug: string) {
  await page.goto(`/l/${slug}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: t("cart.add") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("cart.added") })).toBeVisible();
  await expectAccessible(page);
}

test("an approved piece: price and stock change from My goods, her own page leads to her studio, and a buyer who loses the last one is told its name", async ({
  page,
  browser,
  t,
  locale,
}) => {
  test.setTimeout(240_000);
  const piece = quietPieceOfDemoArtisan(locale);
  const money = (minor: number) => formatMoney(fromMinor(minor), locale);
  const newPrice = piece.priceMinor + 1_500_000;

  // A buyer (no JavaScript) has it in the cart at today's price.
  const buyer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  runsWithoutScript(buyer);
  await addOne(buyer, t, piece.slug);
  const title = (await buyer.getByRole("heading", { level: 1 }).innerText()).trim();

  // The artisan changes price and stock from My goods; a price that is not a whole number is refused in words.
  await loginAs(page, t, ARTISAN);
  await page.goto("/studio");
  await expectAccessible(page);
  // Her own titles in the page's language and script, as the listing page shows them.
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  await row.locator("summary").click();
  const price = row.getByLabel(t("studio.fields.price"), { exact: true });
  const stock = row.getByLabel(t("studio.fields.stock"), { exact: true });
  await price.fill("12,5");
  await stock.fill("1");
  await row.getByRole("button", { name: t("studio.priceStock.save") }).click();
  await expect(row.getByText(t("studio.errors.price"))).toBeVisible();
  await expect(price).toHaveValue("12,5");
  await expect(stock).toHaveValue("1");
  await expectAccessible(page);
  await price.fill(String(newPrice / 100));
  await row.getByRole("button", { name: t("studio.priceStock.save") }).click();
  const saved = t("studio.priceStock.saved_one", { title, price: money(newPrice), count: 1 });
  await expect(page.getByRole("status").filter({ hasText: saved })).toBeVisible();
  await expect(row.getByText(t("studio.status.APPROVED"))).toBeVisible();
  await expect(row.getByText(t("studio.priceStock.inStock_one", { count: 1 }))).toBeVisible();
  await expectAccessible(page);

  // Her own page, still in the catalog at the new price: no "Add to cart" or "Report", a way to her studio.
  await page.goto(`/l/${piece.slug}`);
  await expect(page.getByRole("article").locator("span.font-bold").first()).toHaveText(money(newPrice));
  await expect(page.getByText(t("common.inStock_one", { count: 1 }))).toBeVisible();
  await expect(page.getByRole("button", { name: t("cart.add") })).toHaveCount(0);
  await expect(page.getByRole("link", { name: t("moderation.report.link") })).toHaveCount(0);
  await expect(page.getByText(t("listing.own.note"))).toBeVisible();
  await expect(page.getByRole("link", { name: t("listing.own.studioLink") })).toHaveAttribute("href", "/studio");
  await expectAccessible(page);

  // The buyer's checkout says the price changed, and offers the branches of the chosen region.
  await buyer.goto("/checkout");
  await expect(
    buyer.getByText(t("cart.priceChanged", { title, before: money(piece.priceMinor), now: money(newPrice) })),
  ).toBeVisible();
  await expectAccessible(buyer);
  await fillContact(buyer, t, {
    name: "Nilufar Karimova",
    email: `last-${locale}-${randomBytes(3).toString("hex")}@example.uz`,
    phone: "90 765 43 21",
  });
  await buyer.getByLabel(t("orders.deliveryMethod.BRANCH_PICKUP")).check();
  const tashkent = regionWithBranches("UZ-TK", locale);
  await buyer.getByLabel(t("checkout.region")).selectOption({ label: tashkent.name });
  await buyer.getByRole("button", { name: t("checkout.showBranches") }).click();
  await buyer
    .getByRole("group", { name: t("checkout.branchTitle") })
    .getByRole("radio")
    .first()
    .check();
  await buyer.getByLabel(t("checkout.payByCash")).check();
  await expectAccessible(buyer);

  // Meanwhile another buyer (with JavaScript: the region's branches arrive as it is chosen) takes the last one.
  const rival = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await addOne(rival, t, piece.slug);
  await rival.goto("/checkout");
  await expectAccessible(rival);
  await fillContact(rival, t, {
    name: "Sevara Olimova",
    email: `rival-${locale}-${randomBytes(3).toString("hex")}@example.uz`,
    phone: "90 111 22 33",
  });
  await rival.getByLabel(t("orders.deliveryMethod.BRANCH_PICKUP")).check();
  await rival.getByLabel(t("checkout.region")).selectOption({ label: tashkent.name });
  const branches = rival.getByRole("group", { name: t("checkout.branchTitle") }).locator("span.font-semibold");
  await expect(branches).toHaveText(tashkent.branches);
  await rival
    .getByRole("group", { name: t("checkout.branchTitle") })
    .getByRole("radio")
    .first()
    .check();
  await rival.getByLabel(t("checkout.payByCash")).check();
  await rival.getByRole("button", { name: t("checkout.placeOrder") }).click();
  await expect(rival).toHaveURL(/\/orders\/[^/?]+\?placed=1$/);
  await expectAccessible(rival);
  await rival.context().close();

  // The first buyer is told, by name, that it sold out; what was typed stays; the artisan's other pieces are offered.
  await buyer.getByRole("button", { name: t("checkout.placeOrder") }).click();
  await expect(
    buyer.getByRole("alert").filter({ hasText: t("orders.errors.soldOut_one", { title: `«${title}»` }) }),
  ).toBeVisible();
  await expect(buyer.getByText(t("orders.errors.emptyCart"))).toHaveCount(0);
  await expect(buyer.getByLabel(t("checkout.name"))).toHaveValue("Nilufar Karimova");
  await expect(buyer.getByLabel(t("orders.deliveryMethod.BRANCH_PICKUP"))).toBeChecked();
  await expect(buyer.getByLabel(t("checkout.payByCash"))).toBeChecked();
  const others = buyer.getByRole("region", { name: t("checkout.otherPieces", { name: "Zulfiya Rahimova" }) });
  await expect(others.getByRole("link").first()).toBeVisible();
  await expect(others.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await expect(buyer.getByText(t("cart.soldOutLine", { title }))).toBeVisible();
  await expectAccessible(buyer);
  await buyer.context().close();
});
