import type { Env } from "~/utils/env.server";

/**
 * Local mode without Stripe keys: starts the fake Stripe (server/fakes/stripe) on 127.0.0.1 with
 * fresh keys, its webhooks aimed at this app, and puts its settings into process.env, where the
 * app reads them on first use. Imported lazily, so a deployment with real keys never loads it.
 */
export async function startLocalStripe(env: Env): Promise<{ env: Env; stop: () => Promise<void> }> {
  const { startFakeStripe } = await import("../../../server/fakes/stripe/server");
  const fake = await startFakeStripe({ webhookUrl: `http://127.0.0.1:${env.PORT}/webhooks/stripe` });
  const stripe = {
    STRIPE_SECRET_KEY: fake.secretKey,
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_API_URL: fake.url,
  };
  Object.assign(process.env, stripe);
  console.log(`Card payments go to a local fake Stripe at ${fake.url} (test card 4242 4242 4242 4242)`);
  return { env: { ...env, ...stripe }, stop: fake.stop };
}
