import Stripe from "stripe";
import type { StripeEvent } from "./objects";

export type Delivery = { eventId: string; type: string; attempt: number; status: number };
export type WebhookOptions = { secret: string; url?: string; maxAttempts: number; retryDelayMs: number };

/**
 * Posts events to the app the way Stripe does: JSON body, a Stripe-Signature header made with the
 * real SDK's test helper, and retries with growing delays while the endpoint answers non-2xx.
 */
export class WebhookSender {
  readonly deliveries: Delivery[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: WebhookOptions) {}

  set url(url: string | undefined) {
    this.options.url = url;
  }

  /** One attempt; true when the endpoint answered 2xx. */
  async attempt(event: StripeEvent, attempt: number): Promise<boolean> {
    if (!this.options.url) return false;
    const payload = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.options.secret });
    let status = 0;
    try {
      const response = await fetch(this.options.url, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8", "Stripe-Signature": signature },
        body: payload,
        redirect: "manual",
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0; // unreachable endpoint, retried like an error answer
    }
    this.deliveries.push({ eventId: event.id, type: event.type, attempt, status });
    return status >= 200 && status < 300;
  }

  /** Delivers now; on failure keeps retrying in the background. Resolves after the first attempt. */
  deliver(event: StripeEvent): Promise<boolean> {
    const first = this.track(this.attempt(event, 1));
    void first.then((ok) => ok || this.retry(event, 2));
    return first;
  }

  private retry(event: StripeEvent, attempt: number) {
    if (attempt > this.options.maxAttempts) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        void this.track(this.attempt(event, attempt)).then((ok) => ok || this.retry(event, attempt + 1));
      },
      this.options.retryDelayMs * 2 ** (attempt - 2),
    );
    this.timers.add(timer);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise));
    return promise;
  }

  /** Resolves once no attempt is in flight or scheduled (for tests). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.timers.size > 0) {
      await Promise.all(this.pending);
      if (this.timers.size > 0) await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs));
    }
  }

  stop() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
