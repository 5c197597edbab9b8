import Stripe from "stripe";
import { field, type Form, type FormValue } from "./form";
import { id, stripeError, type Charge, type Line, type Refund, type Session, type StripeEvent } from "./objects";

export type Result = { status: number; body: unknown };
const ok = (body: unknown): Result => ({ status: 200, body });
const missing = (param: string) =>
  stripeError(400, "invalid_request_error", `Missing required param: ${param}.`, { code: "parameter_missing", param });
const invalid = (param: string, message: string) =>
  stripeError(400, "invalid_request_error", message, { code: "parameter_invalid", param });
const noSuch = (what: string, value: string) =>
  stripeError(404, "invalid_request_error", `No such ${what}: '${value}'`, { code: "resource_missing" });

/** Sessions, charges and refunds held in memory, and the events their changes raise. */
export class FakeStripeState {
  readonly sessions = new Map<string, { session: Session; lines: Line[] }>();
  readonly charges = new Map<string, Charge>(); // by payment_intent
  readonly events: StripeEvent[] = [];
  private clockOffset = 0;

  constructor(
    private readonly baseUrl: () => string,
    private readonly emit: (event: StripeEvent) => Promise<unknown>,
  ) {}

  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffset;
  }

  advanceTime(seconds: number) {
    this.clockOffset += seconds;
  }

  createSession(form: Form): Result {
    if (field(form, "mode") !== "payment")
      return form.mode ? invalid("mode", "Only mode=payment is supported by this fake.") : missing("mode");
    if (!field(form, "success_url")) return missing("success_url");
    const items = Array.isArray(form.line_items) ? form.line_items : [];
    if (items.length === 0) return missing("line_items");
    const lines: Line[] = [];
    for (const [i, item] of items.entries()) {
      const line = this.line(item);
      if (typeof line === "string") return invalid(`line_items[${i}][${line}]`, `Invalid line_items[${i}][${line}].`);
      lines.push(line);
    }
    const currency = field(form, "line_items", 0, "price_data", "currency")!;
    const now = this.now();
    const expiresAt = Number(field(form, "expires_at") ?? now + 86_400);
    // Stripe accepts 30 minutes to 24 hours ahead; a little slack for clock skew.
    if (!Number.isInteger(expiresAt) || expiresAt < now + 1_800 - 60 || expiresAt > now + 86_400 + 60) {
      return invalid("expires_at", "The `expires_at` timestamp must be between 30 minutes and 24 hours from now.");
    }
    const total = lines.reduce((sum, l) => sum + l.unitAmount * l.quantity, 0);
    const sessionId = id("cs_test");
    const session: Session = {
      id: sessionId,
      object: "checkout.session",
      amount_subtotal: total,
      amount_total: total,
      cancel_url: field(form, "cancel_url") ?? null,
      client_reference_id: field(form, "client_reference_id") ?? null,
      created: now,
      currency,
      customer_details: null,
      customer_email: field(form, "customer_email") ?? null,
      expires_at: expiresAt,
      livemode: false,
      locale: field(form, "locale") ?? null,
      metadata: strings(form.metadata),
      mode: "payment",
      payment_intent: null,
      payment_status: "unpaid",
      status: "open",
      success_url: field(form, "success_url")!,
      url: `${this.baseUrl()}/pay/${sessionId}`,
    };
    this.sessions.set(sessionId, { session, lines });
    return ok(session);
  }

  /** A line item with inline price_data, or the name of its first bad field. */
  private line(item: FormValue): Line | string {
    const quantity = Number(field(item, "quantity"));
    const unitAmount = Number(field(item, "price_data", "unit_amount"));
    const name = field(item, "price_data", "product_data", "name");
    if (!field(item, "price_data", "currency")) return "price_data][currency";
    if (!Number.isSafeInteger(unitAmount) || unitAmount < 0) return "price_data][unit_amount";
    if (!name) return "price_data][product_data][name";
    if (!Number.isInteger(quantity) || quantity < 1) return "quantity";
    return { name, unitAmount, quantity };
  }

  /** Sessions past expires_at expire when next looked at, as Stripe's would have by then. */
  async find(sessionId: string): Promise<{ session: Session; lines: Line[] } | undefined> {
    const entry = this.sessions.get(sessionId);
    if (entry?.session.status === "open" && entry.session.expires_at <= this.now()) await this.expireNow(entry.session);
    return entry;
  }

  async retrieve(sessionId: string): Promise<Result> {
    const entry = await this.find(sessionId);
    return entry ? ok(entry.session) : noSuch("checkout.session", sessionId);
  }

  /** GET /v1/checkout/sessions?payment_intent=…: the list filtered as Stripe's is (newest first). */
  list(query: URLSearchParams): Result {
    const paymentIntent = query.get("payment_intent");
    const limit = Number(query.get("limit") ?? 10);
    const data = [...this.sessions.values()]
      .map((entry) => entry.session)
      .filter((session) => !paymentIntent || session.payment_intent === paymentIntent)
      .reverse()
      .slice(0, limit);
    return ok({ object: "list", data, has_more: false, url: "/v1/checkout/sessions" });
  }

  async expire(sessionId: string): Promise<Result> {
    const entry = await this.find(sessionId);
    if (!entry) return noSuch("checkout.session", sessionId);
    if (entry.session.status !== "open") {
      return stripeError(
        400,
        "invalid_request_error",
        `Only Checkout Sessions with a status in ["open"] can be expired.`,
      );
    }
    await this.expireNow(entry.session);
    return ok(entry.session);
  }

  private async expireNow(session: Session) {
    Object.assign(session, { status: "expired", url: null });
    await this.raise("checkout.session.expired", session);
  }

  /** The hosted page's Pay: 4000 0000 0000 0002 is declined like Stripe's test card, others pay. */
  async pay(session: Session, card: string): Promise<"paid" | "declined"> {
    if (card.replace(/\D/g, "") === "4000000000000002") return "declined";
    const paymentIntent = id("pi");
    const charge: Charge = {
      id: id("ch"),
      object: "charge",
      amount: session.amount_total,
      amount_refunded: 0,
      created: this.now(),
      currency: session.currency,
      payment_intent: paymentIntent,
      refunded: false,
    };
    this.charges.set(paymentIntent, charge);
    Object.assign(session, {
      status: "complete",
      payment_status: "paid",
      payment_intent: paymentIntent,
      url: null,
      customer_details: { email: session.customer_email },
    });
    await this.raise("checkout.session.completed", session);
    return "paid";
  }

  async refund(form: Form): Promise<Result> {
    const paymentIntent = field(form, "payment_intent");
    const charge = paymentIntent
      ? this.charges.get(paymentIntent)
      : [...this.charges.values()].find((c) => c.id === field(form, "charge"));
    if (!paymentIntent && !field(form, "charge")) return missing("payment_intent");
    if (!charge) return noSuch("payment_intent", paymentIntent ?? field(form, "charge")!);
    const remaining = charge.amount - charge.amount_refunded;
    const amount = Number(field(form, "amount") ?? remaining);
    if (remaining === 0)
      return stripeError(400, "invalid_request_error", `Charge ${charge.id} has already been refunded.`, {
        code: "charge_already_refunded",
      });
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > remaining) {
      return invalid("amount", `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`);
    }
    const refund: Refund = {
      id: id("re"),
      object: "refund",
      amount,
      charge: charge.id,
      created: this.now(),
      currency: charge.currency,
      metadata: strings(form.metadata),
      payment_intent: charge.payment_intent,
      reason: field(form, "reason") ?? null,
      status: "succeeded",
    };
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    await this.raise("charge.refunded", charge);
    return ok(refund);
  }

  /** Records an event with a snapshot of the object, and hands it to delivery. */
  private async raise(type: string, object: Session | Charge) {
    const event: StripeEvent = {
      id: id("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: this.now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.events.push(event);
    await this.emit(event);
  }
}

function strings(value: FormValue | undefined): Record<string, string> {
  if (!value || typeof value === "string" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}
