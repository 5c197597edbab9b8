import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, expectAccessible } from "../e2e/fixtures";
import { tabTo } from "./checkout";

type T = (key: string, values?: Record<string, string | number>) => string;

/** Two small photos, as a phone would hand them over. */
export async function photoFiles() {
  const dir = await mkdtemp(path.join(tmpdir(), "studio-"));
  return Promise.all(
    (["#8a2b1f", "#1f4e8a"] as const).map(async (colour, i) => {
      const file = path.join(dir, `doppi-${i + 1}.jpg`);
      await writeFile(
        file,
        await sharp({ create: { width: 320, height: 240, channels: 3, background: colour } })
          .jpeg()
          .toBuffer(),
      );
      return file;
    }),
  );
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

/**
 * From the studio page, lists a piece with two photos using the keyboard alone (files are chosen in
 * the browser's own dialog), through every step and its checks, and sends it for review.
 */
/** Lists a piece titled `title` (typed in Uzbek Latin); `shownAs` is how the page writes it (Cyrillic on uz-Cyrl pages). */
export async function listPieceByKeyboard(page: Page, t: T, title: string, shownAs = title) {
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
  await typeInto(
    page,
    page.getByLabel(t("studio.fields.descriptionUz"), { exact: true }),
    "Qoʻlda tikilgan, ipak ip bilan.",
  );
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
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: shownAs }) });
  await expect(row.getByText(t("studio.status.PENDING"))).toBeVisible();
  await expectAccessible(page);
}

/**
 * The same listing by pointer and typing, without the mistakes: for flows where the listing is a
 * step on the way (the keyboard walk-through and its checks are proved by listPieceByKeyboard).
 */
export async function listPiece(page: Page, t: T, title: string, shownAs = title) {
  const next = () => page.getByRole("button", { name: t("studio.next") }).click();
  const step = async (name: string) => {
    await expect(page.getByRole("heading", { level: 1, name: t(`studio.steps.${name}.title`) })).toBeVisible();
    await expectAccessible(page);
  };
  await page.getByRole("button", { name: t("studio.newListing") }).click();
  await step("photos");
  await page.getByLabel(t("studio.photos.choose")).setInputFiles(await photoFiles());
  await page.getByRole("button", { name: t("studio.photos.upload") }).click();
  await page.getByLabel(t("studio.photos.altLabel", { number: 1 })).fill("Qizil baxmal doʻppi");
  await page.getByLabel(t("studio.photos.altLabel", { number: 2 })).fill("Koʻk doʻppi, yon tomondan");
  await expectAccessible(page);
  await next();
  await step("about");
  await page.getByLabel(t("studio.fields.category"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(t("studio.fields.titleUz"), { exact: true }).fill(title);
  await page.getByLabel(t("studio.fields.descriptionUz"), { exact: true }).fill("Qoʻlda tikilgan, ipak ip bilan.");
  await next();
  await step("price");
  await page.getByLabel(t("studio.fields.price"), { exact: true }).fill("150 000");
  await page.getByLabel(t("studio.fields.stock"), { exact: true }).fill("2");
  await next();
  await step("details");
  await page.getByLabel(t("studio.fields.materials"), { exact: true }).fill("Baxmal, ipak ip");
  await next();
  await step("handmade");
  await page.getByLabel(t("studio.fields.handmade"), { exact: true }).check();
  await next();
  await step("review");
  await page.getByRole("button", { name: t("studio.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(t("studio.submitted"));
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: shownAs }) })).toContainText(
    t("studio.status.PENDING"),
  );
  await expectAccessible(page);
}
