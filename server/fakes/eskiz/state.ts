import { randomBytes, randomUUID } from "node:crypto";

export type Result = { status: number; body: unknown };
export type FakeSms = {
  id: number;
  requestId: string;
  to: string;
  message: string;
  from: string;
  createdAt: Date;
  status: "NEW" | "DELIVERED" | "REJECTED";
};

// Eskiz's tokens live 30 days; after that every call answers 401 until the client logs in again.
const TOKEN_LIFETIME_MS = 30 * 86_400_000;
const UZBEK_MOBILE = /^998\d{9}$/;
const ok = (body: unknown): Result => ({ status: 200, body });
const error = (status: number, message: string): Result => ({ status, body: { status: "error", message } });
// Eskiz marks every refused token with status "token-invalid"; the message says which case it is.
const tokenInvalid = (message: string): Result => ({ status: 401, body: { status: "token-invalid", message } });

/** Accounts' tokens and the messages sent, in memory, as notify.eskiz.uz keeps them. */
export class FakeEskizState {
  readonly messages: FakeSms[] = [];
  /** How many times a client logged in (tests check that a stale token led to one new login). */
  logins = 0;
  private readonly tokens = new Map<string, number>(); // token → expiry (ms)

  constructor(
    private readonly account: { email: string; password: string },
    /** A message is DELIVERED this long after it was sent; numbers in `unreachable` end REJECTED. */
    private readonly delivery: { delayMs: number; unreachable: ReadonlySet<string> },
  ) {}

  login(form: Record<string, string>): Result {
    if (form.email !== this.account.email || form.password !== this.account.password)
      return { status: 401, body: { message: "Invalid credentials" } };
    this.logins += 1;
    return ok({ message: "token_generated", data: { token: this.issue() }, token_type: "bearer" });
  }

  /** undefined when the Authorization header carries a live token, else Eskiz's 401. */
  checkToken(authorization: string | undefined): Result | undefined {
    const token = authorization?.match(/^Bearer (\S+)$/)?.[1];
    if (!token) return tokenInvalid("Authorization token not provided");
    const expiry = this.tokens.get(token);
    if (expiry === undefined) return tokenInvalid("Invalid token");
    return expiry > Date.now() ? undefined : tokenInvalid("Expired token");
  }

  /** PATCH /api/auth/refresh: a live token is swapped for a new one. */
  refresh(authorization: string | undefined): Result {
    const refused = this.checkToken(authorization);
    if (refused) return refused;
    this.tokens.delete(authorization!.slice("Bearer ".length));
    return ok({ message: "token_generated", data: { token: this.issue() }, token_type: "bearer" });
  }

  /** Test hook: every token issued so far is now past its 30 days. */
  expireTokens() {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0);
  }

  send(form: Record<string, string>): Result {
    const { mobile_phone: to = "", message = "", from = "" } = form;
    // /message/sms/send takes Uzbek numbers only (abroad goes through send-global).
    if (!UZBEK_MOBILE.test(to)) return error(400, "mobile_phone must be 998XXXXXXXXX");
    if (!message) return error(400, "message is required");
    if (!from) return error(400, "from is required");
    const sms: FakeSms = {
      id: this.messages.length + 1,
      requestId: randomUUID(),
      ...{ to, message, from },
      createdAt: new Date(),
      status: "NEW",
    };
    this.messages.push(sms);
    return ok({ id: sms.requestId, message: "Waiting for SMS provider", status: "waiting" });
  }

  /** status_by_id takes the request id that send returned (a UUID) or Eskiz's own numeric id. */
  status(id: string): Result {
    const sms = this.messages.find((m) => m.requestId === id || String(m.id) === id);
    if (!sms) return error(404, "SMS not found");
    if (sms.status === "NEW" && Date.now() - sms.createdAt.getTime() >= this.delivery.delayMs)
      sms.status = this.delivery.unreachable.has(sms.to) ? "REJECTED" : "DELIVERED";
    const data = {
      id: sms.id,
      request_id: sms.requestId,
      ...{ to: sms.to, message: sms.message, nick: sms.from, status: sms.status },
      parts_count: 1,
      created_at: sms.createdAt.toISOString(),
    };
    return ok({ status: "success", data, id: null });
  }

  private issue(): string {
    const token = randomBytes(24).toString("base64url");
    this.tokens.set(token, Date.now() + TOKEN_LIFETIME_MS);
    return token;
  }
}
