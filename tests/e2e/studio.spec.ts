import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { loginAs } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// Plain form posts all the way, the photos included: the studio must work with JavaScript off.
test.use({ javaScriptEnabled: false });

const ARTISAN = "artisan@hunarmand.uz";

/** Two small photos, as a phone would hand them over. */
async function photoFiles() {
  const dir = await mkdtemp(path.join(tmpdir(), "studio-"));
  return Promise.all(
    (["#8a2b1f", "#1f4e8a"] as const).map(async (colour, i) => {
      const file = path.join(dir, `doppi-${i + 1}.jpg`);
      await writeFile(file, await sharp({ create: { width: 320, height: 240, channels: 3, background: colour } }).jpeg().toBuffer());
      return file;
    }),
  );
}

/** Moves focus with Tab only (from the skip link into the page's main content) until it reaches the control. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Tab never reached the control");
}

/** Starts keyboard navigation at the main content, as a keyboard user does with the skip link. */
async function skipToContent(page: Page) {
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

async function pressButton(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}

test("the demo artisan lists a piece with two photos by keyboard and sends it for review", async ({ page, t, locale }) => {
  test.setTimeout(180_000);
  const title = `Chust doʻppisi ${locale} ${randomBytes(3).toString("hex")}`;
  await loginAs(page, t, ARTISAN);
  await page.getByRole("link", { name: t("studio.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("studio.title") })).toBeVisible();
  await expectAccessible(page);

  await skipToContent(page);
  await pressButton(page, page.getByRole("button", { name: t("studio.newListing") }));
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.photos.title") })).toBeVisible();
  await expect(page.getByText(t("studio.progress", { step: 1, total: 6 }))).toBeVisible();
  await expectAccessible(page);

  // Photos: choosing files is the browser's own dialog; sending them is a keyboard press.
  await page.getByLabel(t("studio.photos.choose")).setInputFiles(await photoFiles());
  await skipToContent(page);
  await pressButton(page, page.getByRole("button", { name: t("studio.photos.upload") }));
  const alt1 = page.getByLabel(t("studio.photos.altLabel", { number: 1 }));
  await expect(alt1).toBeVisible();
  await expect(page.getByLabel(t("studio.photos.altLabel", { number: 2 }))).toBeVisible();
  await expectAccessible(page);

  // Alt text is required: the server says so for the empty one and keeps the typed one.
  await skipToContent(page);
  await typeInto(page, alt1, "Qizil baxmal doʻppi, oq ipak bilan tikilgan");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));
  await expect(page.getByText(t("errors.required"))).toBeVisible();
  await expect(alt1).toHaveValue("Qizil baxmal doʻppi, oq ipak bilan tikilgan");
  await expectAccessible(page);
  await skipToContent(page);
  await typeInto(page, page.getByLabel(t("studio.photos.altLabel", { number: 2 })), "Koʻk doʻppi, yon tomondan");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));

  // What it is.
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.about.title") })).toBeVisible();
  await expectAccessible(page);
  await skipToContent(page);
  await tabTo(page, page.getByLabel(t("studio.fields.category"), { exact: true }));
  await page.keyboard.press("ArrowDown");
  await typeInto(page, page.getByLabel(t("studio.fields.titleUz"), { exact: true }), title);
  await typeInto(page, page.getByLabel(t("studio.fields.descriptionUz"), { exact: true }), "Qoʻlda tikilgan, ipak ip bilan.");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));

  // Price: a price that is not a whole number is refused with a message; what was typed stays.
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.price.title") })).toBeVisible();
  await expectAccessible(page);
  await skipToContent(page);
  const price = page.getByLabel(t("studio.fields.price"), { exact: true });
  await typeInto(page, price, "12,5");
  await typeInto(page, page.getByLabel(t("studio.fields.stock"), { exact: true }), "2");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));
  await expect(page.getByText(t("studio.errors.price"))).toBeVisible();
  await expect(price).toHaveValue("12,5");
  await expectAccessible(page);
  await skipToContent(page);
  await typeInto(page, price, "150 000");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));

  // Materials and size.
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.details.title") })).toBeVisible();
  await expectAccessible(page);
  await skipToContent(page);
  await typeInto(page, page.getByLabel(t("studio.fields.materials"), { exact: true }), "Baxmal, ipak ip");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));

  // The attestation.
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.handmade.title") })).toBeVisible();
  await expectAccessible(page);
  await skipToContent(page);
  await tabTo(page, page.getByLabel(t("studio.fields.handmade"), { exact: true }));
  await page.keyboard.press("Space");
  await pressButton(page, page.getByRole("button", { name: t("studio.next") }));

  // Check and send.
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.review.title") })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  await expectAccessible(page);
  await skipToContent(page);
  await pressButton(page, page.getByRole("button", { name: t("studio.submit") }));

  await expect(page).toHaveURL(/\/studio\?submitted=/);
  await expect(page.getByRole("status")).toHaveText(t("studio.submitted"));
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(row.getByText(t("studio.status.PENDING"))).toBeVisible();
  await expectAccessible(page);
});

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
