import type { Env } from "~/utils/env.server";

/**
 * Local mode without Eskiz credentials: starts the fake Eskiz (server/fakes/eskiz) on 127.0.0.1
 * with a fresh password, and puts its address and account into process.env, as local Stripe
 * does, so the real Eskiz client is what sends. /dev/mail shows the messages and their status.
 * Imported lazily, so a deployment with real credentials never loads it.
 */
export async function startLocalSms(env: Env): Promise<{ env: Env; stop: () => Promise<void> }> {
  const { startFakeEskiz } = await import("../../../server/fakes/eskiz/server");
  const fake = await startFakeEskiz();
  const eskiz = { SMS_GATEWAY_URL: fake.url, SMS_GATEWAY_EMAIL: fake.email, SMS_GATEWAY_PASSWORD: fake.password };
  Object.assign(process.env, eskiz);
  console.log(`Text messages go to a local fake Eskiz at ${fake.url} (shown on /dev/mail)`);
  return { env: { ...env, ...eskiz }, stop: fake.stop };
}
