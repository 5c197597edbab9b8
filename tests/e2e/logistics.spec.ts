import type { Page } from "@playwright/test";
import { DISPATCH_DEMO_ORDERS } from "../../prisma/seed/generate/dispatch";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// The seed has two parcels handed over at the Chilonzor branch, waiting for a courier on any day.
// The uz and ru projects run side by side on one server, so each puts only its own on a manifest.
const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" });
const CHILONZOR = plan.districts.find((d) => d.code === "UZ-TK-chilonzor")!.id!;
const COURIER = "Otabek Karimov";

/** The card of one stop (or one request), found by the order number it carries. */
const stopOf = (page: Page, number: string) => page.getByRole("main").getByRole("listitem").filter({ hasText: number });

test.describe("without JavaScript", () => {
  // Plain forms all the way: a courier's old phone and a dispatcher's slow line must do.
  test.use({ javaScriptEnabled: false });

  test("the dispatcher puts a parcel on a printable manifest; the courier picks it up and delivers it", async ({ page, t, locale, uzName }) => {
    test.setTimeout(180_000);
    const number = DISPATCH_DEMO_ORDERS[locale === "uz" ? 0 : 1];
    await loginAs(page, t, "moderator@hunarmand.uz");
    await page.getByRole("main").getByRole("link", { name: t("logistics.dispatchLink") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("logistics.dispatch.title") })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(t("logistics.dispatch.district")).selectOption(CHILONZOR);
    await page.getByRole("button", { name: t("logistics.dispatch.show") }).click();
    await expect(page).toHaveURL(new RegExp(`district=${CHILONZOR}`));
    await expectAccessible(page);

    const requests = page.getByRole("group", { name: t("logistics.dispatch.includeLegend") }).getByRole("checkbox");
    await expect(page.getByRole("checkbox", { name: number })).toBeVisible();
    for (const box of await requests.all()) {
      const label = await box.evaluate((input) => input.closest("label")?.textContent ?? "");
      if (!label.includes(number)) await box.uncheck();
    }
    await expect(page.getByRole("checkbox", { name: number })).toBeChecked();
    await page.getByLabel(t("logistics.dispatch.courier")).selectOption({ label: COURIER });
    await page.getByRole("button", { name: t("logistics.dispatch.build") }).click();

    await expect(page.getByRole("heading", { level: 1, name: t("logistics.manifest.title") })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(t("logistics.dispatch.result.built"));
    await expect(page.getByRole("heading", { level: 2, name: t("logistics.manifest.stop", { n: 1, artisan: uzName("Nodira Xasanova") }) })).toBeVisible();
    await expect(page.getByText(number)).toBeVisible();
    await expect(page.getByText(`${t("logistics.manifest.signature")}:`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: t("logistics.manifest.back") }).click();
    await expect(page.getByRole("checkbox", { name: number })).toHaveCount(0);
    await expectAccessible(page);
    await logOut(page, t);

    await loginAs(page, t, "courier@hunarmand.uz");
    await page.getByRole("main").getByRole("link", { name: t("logistics.courierLink") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("logistics.courier.title") })).toBeVisible();
    await expectAccessible(page);
    await stopOf(page, number).getByRole("button", { name: t("logistics.courier.pickedUp") }).click();
    await expect(page.getByRole("status")).toHaveText(t("logistics.courier.result.pickedUp"));
    await expect(stopOf(page, number).getByText("Bunyodkor shoh koʻchasi, 12")).toBeVisible();
    await expectAccessible(page);
    await stopOf(page, number).getByRole("button", { name: t("logistics.courier.deliveredToBuyer") }).click();
    await expect(page.getByRole("status")).toHaveText(t("logistics.courier.result.delivered"));
    await expect(stopOf(page, number).getByText(t("logistics.courier.status.DELIVERED"))).toBeVisible();
    await expectAccessible(page);
  });
});

test("another district's dispatcher finds nothing of Chilonzor, and a courier cannot dispatch", async ({ page, t }) => {
  await loginAs(page, t, "moderator2@hunarmand.uz");
  await page.goto("/dispatch");
  await expect(page.getByRole("heading", { level: 1, name: t("logistics.dispatch.title") })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: DISPATCH_DEMO_ORDERS[0] })).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto(`/dispatch?district=${CHILONZOR}`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
  await logOut(page, t);

  await loginAs(page, t, "courier@hunarmand.uz");
  const refused = await page.goto("/dispatch");
  expect(refused?.status()).toBe(403);
  await expectAccessible(page);
});
