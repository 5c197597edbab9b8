import fs from "node:fs";
import { startJobs } from "../app/modules/jobs/jobs.server";
import { startOutboxDelivery } from "../app/modules/notifications/deliver.server";
import { smsGatewayFor } from "../app/modules/notifications/eskiz-gateway.server";
import { startLocalSms } from "../app/modules/notifications/local-sms.server";
import { createSmtpTransport } from "../app/modules/notifications/mail-transport.server";
import { startLocalStripe } from "../app/modules/payments/local-stripe.server";
import { paymentProviderFor } from "../app/modules/payments/stripe-provider.server";
import { createDb, getDb } from "../app/utils/db.server";
import { getEnv, type Env } from "../app/utils/env.server";
import { createApp } from "./app";
import { prepareDatabase } from "./database";
import { seedIfEmpty } from "./demo-data";

// `npm start` needs no .env; one is read when present (remix-serve and Node do not do it alone).
if (fs.existsSync(".env")) process.loadEnvFile(".env");

function loadEnvOrExit(): Env {
  try {
    return getEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

const env = loadEnvOrExit();
const database = await prepareDatabase(env);
const db = createDb(database.url);
await seedIfEmpty(db, database.local);
await db.$disconnect();

// On the embedded database without Stripe keys, a local fake Stripe takes the card payments.
const localStripe = database.local && !env.STRIPE_SECRET_KEY ? await startLocalStripe(env) : undefined;
// Likewise a local fake Eskiz takes the text messages when no Eskiz account is configured.
const localSms = database.local && !env.SMS_GATEWAY_EMAIL ? await startLocalSms(localStripe?.env ?? env) : undefined;
const runtimeEnv = localSms?.env ?? localStripe?.env ?? env;

// Background jobs (pg-boss, same PostgreSQL): e.g. releasing stock held by unpaid card checkouts.
const jobs = await startJobs(database.url, { payments: paymentProviderFor(runtimeEnv) });

// With SMTP configured, a background loop sends the outbox; without it, emails stay in the table (/dev/mail).
// Text messages likewise, through Eskiz (or its local fake) when there is an account.
const mailTransport = env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : undefined;
const smsGateway = smsGatewayFor(runtimeEnv);
const outboxDelivery =
  (mailTransport || smsGateway) &&
  startOutboxDelivery(getDb(), mailTransport, { from: env.MAIL_FROM, sms: smsGateway });

const app = await createApp(runtimeEnv, { local: database.local });
const server = app.listen(env.PORT, env.HOST, () => {
  console.log(
    `Hunarmand is running at http://localhost:${env.PORT}${database.local ? " (embedded PostgreSQL in " + env.DATA_DIR + "/pg)" : ""}`,
  );
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: stopping…`);
  server.closeAllConnections();
  server.close();
  await jobs.stop();
  await outboxDelivery?.stop();
  await localStripe?.stop();
  await localSms?.stop();
  mailTransport?.close();
  await getDb().$disconnect();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
