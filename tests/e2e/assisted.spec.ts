import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ARTISANS } from "../../prisma/seed/content/artisans";
import { DEMO_STAFF_DISTRICTS } from "../../prisma/seed/content/demo-accounts";
import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

const ARTISAN_NAME = "Zulfiya Rahimova";
const HELPER_NAME = "Madina Rahimova";

async function photoFile() {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "assisted-")), "doppi.jpg");
  await writeFile(
    file,
    await sharp({ create: { width: 320, height: 240, channels: 3, background: "#7a1f5c" } })
      .jpeg()
      .toBuffer(),
  );
  return file;
}

test("a helper lists a piece for the artisan, who then sees it in what was done for her", async ({
  page,
  t,
  locale,
  uzName,
}) => {
  test.setTimeout(180_000);
  const title = `Doʻppi ${locale} ${randomBytes(3).toString("hex")}`;
  const banner = page.getByText(t("assisted.banner", { name: uzName(ARTISAN_NAME) }));

  await loginAs(page, t, "helper@hunarmand.uz");
  await page.getByRole("link", { name: t("assisted.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("assisted.title") })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("assisted.actFor", { name: uzName(ARTISAN_NAME) }) }).click();

  // In her studio, with the banner on every page.
  await expect(page.getByRole("heading", { level: 1, name: t("studio.title") })).toBeVisible();
  await expect(banner).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("studio.newListing") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.photos.title") })).toBeVisible();
  await page.getByLabel(t("studio.photos.choose")).setInputFiles(await photoFile());
  await page.getByRole("button", { name: t("studio.photos.upload") }).click();
  await page.getByLabel(t("studio.photos.altLabel", { number: 1 })).fill("Binafsha baxmal doʻppi, yon tomondan");
  await expect(banner).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("studio.next") }).click();

  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.about.title") })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t("studio.fields.category"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(t("studio.fields.titleUz"), { exact: true }).fill(title);
  await page.getByLabel(t("studio.fields.descriptionUz"), { exact: true }).fill("Qoʻlda tikilgan, ipak ip bilan.");
  await page.getByRole("button", { name: t("studio.next") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.price.title") })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t("studio.fields.price"), { exact: true }).fill("180000");
  await page.getByLabel(t("studio.fields.stock"), { exact: true }).fill("1");
  await page.getByRole("button", { name: t("studio.next") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.details.title") })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("studio.next") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.handmade.title") })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t("studio.fields.handmade"), { exact: true }).check();
  await page.getByRole("button", { name: t("studio.next") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("studio.steps.review.title") })).toBeVisible();
  await expect(banner).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: t("studio.submit") }).click();
  await expect(page).toHaveURL(/\/studio\?submitted=/);
  await expectAccessible(page);

  // Stop from the banner: back to People I help, no banner any more.
  await page.getByRole("button", { name: t("assisted.stopFor", { name: uzName(ARTISAN_NAME) }) }).click();
  await expect(page).toHaveURL(/\/assist\?stopped=1/);
  await expect(page.getByRole("status")).toHaveText(t("assisted.stopped"));
  await expect(banner).toHaveCount(0);
  await expectAccessible(page);
  await logOut(page, t);

  // The artisan reads it, with the helper's name.
  await loginAs(page, t, "artisan@hunarmand.uz");
  await page.getByRole("link", { name: t("studio.link") }).click();
  await page.getByRole("link", { name: t("assisted.doneForMe.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("assisted.doneForMe.title") })).toBeVisible();
  const sent = page
    .getByRole("row")
    .filter({ hasText: t("assisted.doneForMe.action.submit", { title: uzName(title) }) });
  const who = t("assisted.doneForMe.whoWithRole", {
    name: uzName(HELPER_NAME),
    role: t("assisted.doneForMe.role.HELPER"),
  });
  await expect(sent.getByRole("cell", { name: who })).toBeVisible();
  await expectAccessible(page);
});

test("a social worker sees whose consent is missing, and a forged switch is refused", async ({ page, t, uzName }) => {
  await loginAs(page, t, "sw.b@hunarmand.uz");
  await page.getByRole("link", { name: t("assisted.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("assisted.title") })).toBeVisible();
  // Only Zulfiya has given the consent; the others are explained, with no button.
  await expect(page.getByRole("button", { name: t("assisted.actFor", { name: uzName(ARTISAN_NAME) }) })).toBeVisible();
  expect(await page.getByRole("main").getByRole("button").count()).toBe(1);
  const unwilling = ARTISANS.find(
    (a) => a.name !== ARTISAN_NAME && (DEMO_STAFF_DISTRICTS as readonly string[]).includes(a.district),
  )!;
  await expect(page.getByText(t("assisted.noConsent", { name: uzName(unwilling.name) }))).toBeVisible();
  await expectAccessible(page);

  // The same button, pointed at an artisan she may not act for.
  await page.locator('input[name="artisanId"]').evaluate((input: HTMLInputElement) => (input.value = "someone-else"));
  await page.getByRole("button", { name: t("assisted.actFor", { name: uzName(ARTISAN_NAME) }) }).click();
  await expect(page.getByRole("status")).toHaveText(t("assisted.refused"));
  await expect(page.getByText(t("assisted.banner", { name: uzName(ARTISAN_NAME) }))).toHaveCount(0);
  await expectAccessible(page);
});

test("a courier has no People I help", async ({ page, t }) => {
  await loginAs(page, t, "courier@hunarmand.uz");
  await expect(page.getByRole("link", { name: t("assisted.link") })).toHaveCount(0);
  const response = await page.goto("/assist");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: t("common.forbiddenTitle") })).toBeVisible();
  await expectAccessible(page);
});
