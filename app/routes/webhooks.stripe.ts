import type { ActionFunctionArgs } from "@remix-run/node";
import { applyPaymentEvent } from "~/modules/orders/payment-events.server";
import { getPaymentProvider } from "~/modules/payments/stripe-provider.server";
import { handleStripeWebhook } from "~/modules/payments/webhook.server";
import { getDb } from "~/utils/db.server";

// Stripe's webhook endpoint: POST only, exempt from the origin check (server/app.ts), signed instead.

const postOnly = () => new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });

export const loader = postOnly;

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return postOnly();
  return handleStripeWebhook(request, {
    db: getDb(),
    provider: getPaymentProvider(),
    apply: (tx, event) => applyPaymentEvent(tx, event),
  });
}
