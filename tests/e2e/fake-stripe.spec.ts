import Stripe from "stripe";
import { startFakeStripe, type FakeStripe } from "../../server/fakes/stripe/server";
import { expect, expectAccessible, test } from "./fixtures";

// The fake Stripe's hosted payment page is a page a buyer sees in development and in the checkout
// tests, so it must be accessible and work without JavaScript like the app's own pages.

let fake: FakeStripe;
test.beforeAll(async () => {
  fake = await startFakeStripe();
});
test.afterAll(() => fake.stop());

async function openSession(baseURL: string, locale: "ru" | "auto") {
  const sdk = new Stripe(fake.secretKey, { host: "127.0.0.1", port: new URL(fake.url).port, protocol: "http" });
  const session = await sdk.checkout.sessions.create({
    mode: "payment",
    locale,
    line_items: [
      { quantity: 2, price_data: { currency: "uzs", unit_amount: 12_500_000, product_data: { name: "Suzani" } } },
    ],
    success_url: `${baseURL}/?paid={CHECKOUT_SESSION_ID}`,
    cancel_url: `${baseURL}/`,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
  });
  return { id: session.id, url: session.url! };
}

test.describe("fake Stripe hosted page", () => {
  test.use({ javaScriptEnabled: false });

  test("pays with the prefilled test card and returns to the shop", async ({ page, baseURL, locale }) => {
    const session = await openSession(baseURL!, locale === "ru" ? "ru" : "auto");
    await page.goto(session.url);
    await expectAccessible(page);
    await expect(page.getByRole("cell", { name: "UZS 250,000.00" }).first()).toBeVisible();
    await expect(page.getByLabel(/Card number|Номер карты/)).toHaveValue("4242 4242 4242 4242");
    await page.getByRole("button", { name: /^(Pay|Оплатить)/ }).click();
    await expect(page).toHaveURL(`${baseURL}/?paid=${session.id}`);
    await expectAccessible(page);
    expect(fake.events.find((e) => e.data.object.id === session.id)?.type).toBe("checkout.session.completed");
  });

  test("Cancel goes back to the shop without paying", async ({ page, baseURL }) => {
    const session = await openSession(baseURL!, "auto");
    await page.goto(session.url);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    await expectAccessible(page);
    expect(fake.state.sessions.get(session.id)?.session.status).toBe("open");
  });
});
