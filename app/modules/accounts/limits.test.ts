import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { action as forgotPassword } from "~/routes/forgot-password";
import { action as login } from "~/routes/login";
import { action as twoFactor } from "~/routes/login_.two-factor";
import { getDb } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { seal } from "~/utils/sensitive.server";
import { sessionCookie } from "~/utils/session.server";
import { currentTotpCode } from "~/utils/totp.server";
import { startSession } from "./login.server";

// The limits as the routes apply them: called like Remix calls an action, from several addresses.
let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // before the routes' first getDb()
});
afterAll(async () => {
  await getDb().$disconnect();
  await test.drop();
});

type Action = (args: never) => unknown;
type Answer = {
  status: number;
  retryAfter?: string | null;
  body?: { initialValue?: Record<string, unknown>; error?: Record<string, string[]> };
};

async function post(action: Action, clientIp: string, form: Record<string, string>, cookie?: string): Promise<Answer> {
  const headers = new Headers({
    "Content-Type": "application/x-www-form-urlencoded",
    ...(cookie ? { Cookie: cookie } : {}),
  });
  const request = new Request("http://localhost/form", {
    method: "POST",
    headers,
    body: new URLSearchParams(form).toString(),
  });
  const result = await action({ request, params: {}, context: { clientIp, cspNonce: "" } } as never);
  if (result instanceof Response) return { status: result.status };
  // Remix's data(value, { status }); a plain object is a 200.
  const wrapped = result as { data?: Answer["body"]; init?: ResponseInit };
  if (!wrapped.init) return { status: 200 };
  return {
    status: wrapped.init.status ?? 200,
    retryAfter: new Headers(wrapped.init.headers).get("Retry-After"),
    body: wrapped.data,
  };
}

const PASSWORD = "olma-anor-uzum-1";
const person = (data: { email?: string; phone?: string }, roles: ("BUYER" | "MODERATOR")[] = ["BUYER"]) =>
  hashPassword(PASSWORD).then((passwordHash) =>
    test.db.user.create({ data: { name: "Test", ...data, passwordHash, roles } }),
  );

describe("login", () => {
  it("counts a phone number however it is written: the 11th try is refused even with the right password", async () => {
    await person({ phone: "+998335550127" });
    const formats = [
      "+998 33 555 01 27",
      "998335550127",
      "(33) 555-01-27",
      "+998335550127",
      "33 555 01 27",
      "0335550127",
      "+998-33-555-01-27",
      "+998 (33) 555-01-27",
      "33.555.01.27",
      "998 33 555 0127",
    ];
    for (const identifier of formats) {
      expect((await post(login, "203.0.113.7", { identifier, password: "not-the-password" })).status).toBe(400);
    }
    const refused = await post(login, "203.0.113.7", { identifier: "(033) 555 01 27", password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60); // the 15-minute window began just now
    expect(refused.body?.error?.[""]).toEqual(["auth.tooManyAttempts"]);
    expect(refused.body?.initialValue).toEqual({ identifier: "(033) 555 01 27" }); // kept, but not the password
  });

  it("does not hold another address back from another account", async () => {
    await person({ email: "malika@example.uz" });
    expect((await post(login, "198.51.100.20", { identifier: "Malika@Example.uz", password: PASSWORD })).status).toBe(
      302,
    );
  });

  it("gives the tries back to a person who then typed the right password", async () => {
    await person({ email: "aziz@example.uz" });
    const tries = async (times: number, password: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < times; i++)
        statuses.push((await post(login, "198.51.100.30", { identifier: "aziz@example.uz", password })).status);
      return statuses;
    };
    expect(await tries(9, "not-the-password")).toEqual(Array(9).fill(400));
    expect(await tries(1, PASSWORD)).toEqual([302]);
    expect(await tries(10, "not-the-password")).toEqual(Array(10).fill(400));
    expect(await tries(1, PASSWORD)).toEqual([429]);
  });

  it("stops one address trying many accounts before the 25th", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 25; i++) {
      statuses.push(
        (await post(login, "192.0.2.50", { identifier: `guess${i}@example.uz`, password: "qwerty-123" })).status,
      );
    }
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThan(0);
    expect(firstRefused).toBeLessThan(24);
    expect(statuses.slice(0, firstRefused).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(firstRefused).every((status) => status === 429)).toBe(true);
  });
});

describe("forgot password", () => {
  it("limits requests for one address whatever the client address", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const email = i % 2 ? "Inbox@Example.uz" : "inbox@example.uz";
      statuses.push((await post(forgotPassword, `100.64.0.${i}`, { email })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it("stops one address asking for many inboxes", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 25; i++)
      statuses.push((await post(forgotPassword, "192.0.2.80", { email: `inbox${i}@example.uz` })).status);
    expect(statuses.indexOf(429)).toBeGreaterThan(0);
    expect(statuses.indexOf(429)).toBeLessThan(24);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("two-factor", () => {
  it("limits wrong codes per account whatever the client address", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const staff = await person({ email: "mod@example.uz" }, ["MODERATOR"]);
    const totpSecretEnc = seal({ model: "User", field: "totpSecretEnc", id: staff.id }, secret);
    await test.db.user.update({ where: { id: staff.id }, data: { totpSecretEnc, totpEnabledAt: new Date() } });
    const cookie = sessionCookie((await startSession(test.db, staff, null)).token).split(";")[0]!;
    const code = await currentTotpCode(secret);
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");
    for (let i = 1; i <= 10; i++)
      expect((await post(twoFactor, `100.64.1.${i}`, { code: wrong }, cookie)).status).toBe(400);
    const refused = await post(twoFactor, "100.64.1.99", { code }, cookie);
    expect(refused.status).toBe(429);
    expect(refused.body?.error?.[""]).toEqual(["auth.tooManyAttempts"]);
  });
});
