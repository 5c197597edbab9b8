import type { Env } from "~/utils/env.server";
import { SmsGatewayError, type SmsDeliveryStatus, type SmsFailureCode, type SmsGateway } from "./sms-gateway.server";

export type EskizOptions = {
  /** https://notify.eskiz.uz, or the local fake's address. */
  baseUrl: string;
  email: string;
  password: string;
  /** The sender name ("from"): 4546 is Eskiz's shared short code until our own name is approved. */
  sender: string;
  /** Per request; the outbox holds a row locked while it sends, so this must stay short. */
  timeoutMs?: number;
};

type Answer = { status: number; body: unknown };

// Eskiz's overall statuses (its API docs): the message is done when delivered or when one of the
// final refusals comes back; NEW, STORED, ACCEPTED, PARTDELIVERED, ENROUTE, UNKNOWN still wait.
const FAILED = new Set(["REJECTED", "REJECTD", "UNDELIV", "UNDELIVERABLE", "EXPIRED", "DELETED"]);

function codeFor(status: number): SmsFailureCode {
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  return status >= 500 ? "server_error" : "bad_request";
}

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );

/**
 * The Eskiz HTTP API: POST /api/auth/login (email, password → data.token, valid 30 days), then
 * Bearer calls to /api/message/sms/send and /api/message/sms/status_by_id/{id}. A token that has
 * gone stale answers 401; then we log in again once and repeat the call. Errors carry a code and
 * the HTTP status only, never the number or the text (those may hold a one-time link).
 */
export function createEskizGateway(options: EskizOptions): SmsGateway {
  const { baseUrl, email, password, sender, timeoutMs = 15_000 } = options;
  let token: Promise<string> | undefined; // shared, so concurrent calls log in once

  async function call(path: string, init: RequestInit): Promise<Answer> {
    try {
      const response = await fetch(`${baseUrl}/api${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      const body: unknown = await response.json().catch(() => undefined);
      return { status: response.status, body };
    } catch (error) {
      throw new SmsGatewayError((error as Error).name === "TimeoutError" ? "timeout" : "network");
    }
  }

  async function login(): Promise<string> {
    const form = new FormData();
    form.set("email", email);
    form.set("password", password);
    const { status, body } = await call("/auth/login", { method: "POST", body: form });
    if (status === 401 || status === 422) throw new SmsGatewayError("auth_failed", status);
    if (status !== 200) throw new SmsGatewayError(codeFor(status), status);
    const jwt = field(body, "data", "token");
    if (typeof jwt !== "string" || !jwt) throw new SmsGatewayError("bad_response", status);
    return jwt;
  }

  async function authorized(path: string, init: RequestInit): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const current = (token ??= login());
      // A failed login is forgotten, so the next call tries again instead of failing forever.
      const jwt = await current.catch((error: unknown) => {
        if (token === current) token = undefined;
        throw error;
      });
      const { status, body } = await call(path, { ...init, headers: { Authorization: `Bearer ${jwt}` } });
      if (status === 401) {
        if (token === current) token = undefined; // another call may already hold a fresh one
        if (attempt === 1) continue;
        throw new SmsGatewayError("token_rejected", status);
      }
      if (status < 200 || status > 299) throw new SmsGatewayError(codeFor(status), status);
      return body;
    }
  }

  return {
    async send({ to, text }) {
      const form = new FormData();
      // Eskiz wants 998XXXXXXXXX; a number from abroad is refused (400) by this endpoint.
      form.set("mobile_phone", to.replace(/^\+/, ""));
      form.set("message", text);
      form.set("from", sender);
      const id = field(await authorized("/message/sms/send", { method: "POST", body: form }), "id");
      if ((typeof id !== "string" && typeof id !== "number") || id === "") throw new SmsGatewayError("bad_response");
      return { providerMessageId: String(id) };
    },

    async status(providerMessageId): Promise<SmsDeliveryStatus> {
      const path = `/message/sms/status_by_id/${encodeURIComponent(providerMessageId)}`;
      const status = field(await authorized(path, { method: "GET" }), "data", "status");
      if (typeof status !== "string") throw new SmsGatewayError("bad_response");
      const upper = status.toUpperCase();
      if (upper === "DELIVERED") return "delivered";
      return FAILED.has(upper) ? "failed" : "waiting";
    },
  };
}

/** The Eskiz account of the environment (set by local mode to its fake), or none: SMS stay queued. */
export function smsGatewayFor(env: Env): SmsGateway | undefined {
  const { SMS_GATEWAY_URL: baseUrl, SMS_GATEWAY_EMAIL: email, SMS_GATEWAY_PASSWORD: password } = env;
  if (!email || !password) return undefined;
  return createEskizGateway({ baseUrl, email, password, sender: env.SMS_SENDER });
}
