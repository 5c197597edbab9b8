import { DISPATCH_DEMO_ORDERS } from "../../prisma/seed/generate/dispatch";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import { loginAs, logOut } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

// The seed has two parcels handed over at the Chilonzor branch, waiting for a courier on any day:
// a dispatcher of another district must not see them.
const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" });
const CHILONZOR = plan.districts.find((d) => d.code === "UZ-TK-chilonzor")!.id!;

// Dispatch → printable manifest → courier picks up and delivers, all without JavaScript, is part of
// the end-to-end walk (walk.spec.ts); branch hand-overs and failed pickups are covered in Vitest.

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
