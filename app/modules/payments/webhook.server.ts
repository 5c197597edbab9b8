import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { InvalidWebhook, type PaymentEvent, type PaymentProvider } from "./provider";

/** The orders module's handler; it runs inside the transaction that records the event. */
export type ApplyPaymentEvent = (tx: Prisma.TransactionClient, event: PaymentEvent) => Promise<unknown>;
export type WebhookDeps = { db: Db; provider: PaymentProvider; apply: ApplyPaymentEvent };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain" } });

/**
 * Verifies a Stripe webhook and applies its event exactly once. Stripe delivers at least once, in
 * any order, sometimes twice at the same moment: the event id is recorded in the same transaction
 * that applies it, so a repeat finds the row (or waits on the first insert's lock) and does nothing.
 * An error rolls both back and answers 500, and Stripe's retry then applies the event afresh.
 */
export async function handleStripeWebhook(request: Request, { db, provider, apply }: WebhookDeps): Promise<Response> {
  // The signature covers the exact bytes, so the body is read raw and before anything else.
  const rawBody = await request.text();
  let event: PaymentEvent;
  try {
    event = await provider.parseWebhook(rawBody, request.headers.get("stripe-signature"));
  } catch (error) {
    if (error instanceof InvalidWebhook) return text("invalid signature", 400);
    throw error; // a lookup at the provider failed: 500, and Stripe retries later
  }
  if (event.type === "ignored") return text("ignored", 200);
  const eventId = event.id;
  const applied = await db.$transaction(async (tx) => {
    const { count } = await tx.processedWebhookEvent.createMany({
      data: [{ id: eventId, provider: "STRIPE", type: event.type }],
      skipDuplicates: true,
    });
    if (count === 0) return false;
    await apply(tx, event);
    return true;
  });
  return text(applied ? "applied" : "already applied", 200);
}
