import { loginAs } from "../support/accounts";
import { photoFiles } from "../support/studio";
import { expect, expectAccessible, test } from "./fixtures";

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
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(512, 7)]);
    await page.getByLabel(t("studio.photos.choose")).setInputFiles({ name: "IMG_0001.HEIC", mimeType: "image/heic", buffer: heic });
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
    await expect(page.locator("li").filter({ hasText: t("studio.status.ARCHIVED") }).first()).toBeVisible();
    await expectAccessible(page);
  });
});
