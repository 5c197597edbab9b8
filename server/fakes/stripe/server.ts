import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseForm } from "./form";
import { hostedPageRoute, readBody } from "./hosted-page-route";
import { stripeError, type StripeEvent } from "./objects";
import { FakeStripeState, type Result } from "./state";
import { WebhookSender, type Delivery } from "./webhooks";

/**
 * A local stand-in for Stripe: the Checkout Sessions and Refunds API the app uses (form-encoded,
 * Bearer auth, Idempotency-Key), a hosted payment page at /pay/:id, and signed webhooks with
 * retries. For development (local mode) and tests; it never talks to the internet.
 */
export type FakeStripeOptions = {
  secretKey?: string;
  webhookSecret?: string;
  webhookUrl?: string;
  port?: number;
  /** Delivery attempts per event while the endpoint answers non-2xx, and the first retry's delay. */
  maxAttempts?: number;
  retryDelayMs?: number;
};

export type FakeStripe = {
  url: string;
  secretKey: string;
  webhookSecret: string;
  state: FakeStripeState;
  events: StripeEvent[];
  deliveries: Delivery[];
  setWebhookUrl(url: string): void;
  /** Test hook: sends these events again, in the order given, each `times` times. */
  redeliver(eventIds: string | string[], times?: number): Promise<void>;
  /** Resolves when no delivery is in flight or waiting for a retry. */
  settled(): Promise<void>;
  stop(): Promise<void>;
};

type Handler = (req: http.IncomingMessage, body: string, match: RegExpMatchArray, url: URL) => Promise<Result | void>;

export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const secretKey = options.secretKey ?? `sk_test_fake_${randomBytes(16).toString("hex")}`;
  const webhookSecret = options.webhookSecret ?? `whsec_${randomBytes(24).toString("base64url")}`;
  const sender = new WebhookSender({
    secret: webhookSecret,
    url: options.webhookUrl,
    maxAttempts: options.maxAttempts ?? 5,
    retryDelayMs: options.retryDelayMs ?? 500,
  });
  let baseUrl = "";
  const state = new FakeStripeState(
    () => baseUrl,
    (event) => sender.deliver(event),
  );
  const idempotent = new Map<string, { request: string; result: Promise<Result> }>();

  const redeliver = async (eventIds: string | string[], times = 1) => {
    for (const eventId of [eventIds].flat()) {
      const event = state.events.find((e) => e.id === eventId);
      if (!event) throw new Error(`No such event: ${eventId}`);
      for (let i = 0; i < times; i++) await sender.attempt(event, 0);
    }
  };

  const api: [string, RegExp, Handler][] = [
    ["POST", /^\/v1\/checkout\/sessions$/, async (_req, body) => state.createSession(parseForm(body))],
    ["GET", /^\/v1\/checkout\/sessions$/, async (_req, _body, _m, url) => state.list(url.searchParams)],
    ["GET", /^\/v1\/checkout\/sessions\/([\w]+)$/, (_req, _body, m) => state.retrieve(m[1]!)],
    ["POST", /^\/v1\/checkout\/sessions\/([\w]+)\/expire$/, (_req, _body, m) => state.expire(m[1]!)],
    ["POST", /^\/v1\/refunds$/, (_req, body) => state.refund(parseForm(body))],
  ];

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", baseUrl);
    const body = await readBody(req);
    const send = ({ status, body: json }: Result, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "Content-Type": "application/json",
        "Request-Id": `req_${randomBytes(7).toString("hex")}`,
        ...headers,
      });
      res.end(JSON.stringify(json));
    };
    try {
      if (url.pathname.startsWith("/pay/")) return await hostedPageRoute(state, req, res, url, body);
      if (req.method === "GET" && url.pathname === "/_test/events")
        return send({ status: 200, body: { data: state.events } });
      const redeliverMatch = url.pathname.match(/^\/_test\/events\/(\w+)\/redeliver$/);
      if (req.method === "POST" && redeliverMatch) {
        await redeliver(redeliverMatch[1]!, Number(url.searchParams.get("times") ?? 1));
        return send({ status: 200, body: { delivered: true } });
      }
      const route = api.find(([method, pattern]) => method === req.method && pattern.test(url.pathname));
      if (!route)
        return send(
          stripeError(404, "invalid_request_error", `Unrecognized request URL (${req.method}: ${url.pathname}).`),
        );
      if (req.headers.authorization !== `Bearer ${secretKey}`) {
        return send(stripeError(401, "invalid_request_error", "Invalid API Key provided."));
      }
      const run = () => route[2](req, body, url.pathname.match(route[1])!, url) as Promise<Result>;
      const key = req.method === "POST" ? req.headers["idempotency-key"] : undefined;
      if (typeof key !== "string") return send(await run());
      // Same key, same request → the first answer again; same key, other parameters → an error.
      const request = `${url.pathname}?${body}`;
      const earlier = idempotent.get(key);
      if (earlier && earlier.request !== request) {
        return send(
          stripeError(
            400,
            "idempotency_error",
            "Keys for idempotent requests can only be used with the same parameters they were first used with.",
          ),
        );
      }
      if (earlier) return send(await earlier.result, { "Idempotent-Replayed": "true" });
      const result = run();
      idempotent.set(key, { request, result });
      send(await result, { "Idempotency-Key": key });
    } catch (error) {
      send(stripeError(500, "api_error", (error as Error).message));
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    secretKey,
    webhookSecret,
    state,
    events: state.events,
    deliveries: sender.deliveries,
    setWebhookUrl: (webhookUrl) => (sender.url = webhookUrl),
    redeliver,
    settled: () => sender.settled(),
    stop: async () => {
      sender.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
