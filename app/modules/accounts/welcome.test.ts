import type { AppLoadContext } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as welcomeByCode } from "~/routes/welcome._index";
import { action as welcomeByLink, loader as welcomeLinkPage } from "~/routes/welcome.$token";
import { getDb } from "~/utils/db.server";
import { findSession, sessionCookie } from "~/utils/session.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { startSession, verifyLogin } from "./login.server";
import { completePasswordReset, findValidReset } from "./password-reset.server";
import { formatWelcomeCode, normalizeWelcomeCode, WELCOME_CODE_ALPHABET } from "./welcome-code";
import {
  accountsWithPassword,
  findWelcomeLink,
  issueWelcome,
  setPasswordFromWelcomeLink,
  setPasswordWithCode,
  type WelcomeVia,
} from "./welcome.server";

const APP_URL = "http://localhost:3000";
const PASSWORD = "olma-anor-uzum-7";

let test: TestDatabase;
let worker: { id: string };
beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // the routes read through getDb()
  worker = await test.db.user.create({
    data: { name: "Shahlo", email: "sw@example.uz", passwordHash: "x", roles: ["SOCIAL_WORKER"] },
  });
});
afterAll(async () => {
  await getDb().$disconnect();
  await test.drop();
});

let n = 0;
/** An account made at a home visit: a phone, no password of its own yet. */
async function account(roles: ("ARTISAN" | "HELPER" | "BUYER")[] = ["ARTISAN"], locale = "uz") {
  const phone = `+99890${String(10_000_000 + n++).slice(1)}`;
  return test.db.user.create({ data: { name: `Person ${n}`, phone, passwordHash: "x", roles, locale } });
}

const issue = (userId: string, via: WelcomeVia = "sheet") =>
  test.db.$transaction((tx) => issueWelcome(tx, { userId, issuedById: worker.id, via, appUrl: APP_URL }));

let ip = 0;
/** A fresh client address per call unless one is given, so only the limits a test means to fill fill up. */
const from = (address = `198.51.100.${ip++}`) => ({ clientIp: address, cspNonce: "" }) as unknown as AppLoadContext;

describe("the welcome code", () => {
  it("has 8 characters without look-alikes, shown as XXXX-XXXX, read in any case with or without the dash", () => {
    expect(WELCOME_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(formatWelcomeCode("K7QM4XRT")).toBe("K7QM-4XRT");
    for (const typed of ["K7QM-4XRT", "k7qm4xrt", " k7qm 4xrt ", "K7qm–4xRT"]) {
      expect(normalizeWelcomeCode(typed), typed).toBe("K7QM4XRT");
    }
    for (const typed of ["K7QM-4XR", "K7QM-4XRT9", "K0QM-4XRT", "KIQM-4XRT", "K7QM-4XR!"]) {
      expect(normalizeWelcomeCode(typed), typed).toBeNull();
    }
  });
});

describe("issuing a welcome", () => {
  it("by SMS queues one text in the person's language with the link and the code; only digests are stored", async () => {
    const person = await account(["ARTISAN"], "ru");
    const issued = await issue(person.id, "sms");
    expect(issued.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const texts = await test.db.outboxSms.findMany({ where: { to: person.phone! } });
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toContain(`${APP_URL}/welcome/${issued.token}`);
    expect(texts[0]!.text).toContain(issued.code);
    expect(texts[0]!.text).toContain("выберите пароль"); // the account's language (ru)

    const stored = await test.db.passwordReset.findFirstOrThrow({ where: { userId: person.id } });
    expect(stored.kind).toBe("WELCOME");
    expect(stored.tokenHash).not.toBe(issued.token);
    expect(stored.codeHash).not.toContain(normalizeWelcomeCode(issued.code));
    const hours = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(72, 1);

    const audits = await test.db.auditLog.findMany({ where: { action: "auth.welcome_issued", entityId: person.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: worker.id, detail: { via: "sms" } });
    // Nowhere in the audit log: neither the link's token nor the code.
    const written = JSON.stringify(await test.db.auditLog.findMany(), (_, v) =>
      typeof v === "bigint" ? String(v) : v,
    );
    expect(written).not.toContain(issued.token);
    expect(written).not.toContain(normalizeWelcomeCode(issued.code));
  });

  it("for the sheet texts nothing; a second welcome spends the first, link and code", async () => {
    const person = await account();
    const first = await issue(person.id);
    const second = await issue(person.id);
    expect(await test.db.outboxSms.count({ where: { to: person.phone! } })).toBe(0);
    expect(await findWelcomeLink(test.db, first.token)).toBeNull();
    const phone = person.phone!;
    expect(await setPasswordWithCode(test.db, from(), { phone, code: first.code }, PASSWORD)).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect(await setPasswordWithCode(test.db, from(), { phone, code: second.code }, PASSWORD)).toMatchObject({
      ok: true,
    });
  });
});

describe("choosing the password with a welcome", () => {
  it("works once with phone + code typed in small letters without the dash; then the phone and password sign in", async () => {
    const person = await account();
    const { token: oldSession } = await startSession(test.db, person, null);
    const { code } = await issue(person.id);
    const typed = code.replace("-", "").toLowerCase();
    const done = await setPasswordWithCode(test.db, from(), { phone: person.phone!, code: typed }, PASSWORD);
    expect(done).toEqual({ ok: true, user: { id: person.id, roles: ["ARTISAN"] } });
    expect(await verifyLogin(test.db, { phone: person.phone! }, PASSWORD)).not.toBeNull();
    // Every earlier session ends with the new password.
    const cookie = sessionCookie(oldSession).split(";")[0]!;
    expect(await findSession(test.db, new Request(APP_URL, { headers: { Cookie: cookie } }))).toBeNull();
    // Spent: the same code again is refused, and changes nothing.
    const again = await setPasswordWithCode(test.db, from(), { phone: person.phone!, code }, "another-pass-99");
    expect(again).toEqual({ ok: false, reason: "wrong" });
    expect(await verifyLogin(test.db, { phone: person.phone! }, PASSWORD)).not.toBeNull();
    expect(await accountsWithPassword(test.db, [person.id])).toEqual(new Set([person.id]));
    const used = await test.db.auditLog.findFirstOrThrow({
      where: { action: "auth.welcome_used", entityId: person.id },
    });
    expect(used).toMatchObject({ actorId: person.id, detail: { via: "code" } });
  });

  it("refuses the code with another phone number, and the same answer for a code never issued", async () => {
    const person = await account();
    const other = await account();
    const { code } = await issue(person.id);
    expect(await setPasswordWithCode(test.db, from(), { phone: other.phone!, code }, PASSWORD)).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect(await setPasswordWithCode(test.db, from(), { phone: person.phone!, code: "ZZZZ-ZZZZ" }, PASSWORD)).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect(await setPasswordWithCode(test.db, from(), { phone: person.phone!, code }, PASSWORD)).toMatchObject({
      ok: true,
    });
  });

  it("stops working after 72 hours", async () => {
    const person = await account();
    const { code, token, expiresAt } = await issue(person.id);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(72 * 3_600_000);
    await test.db.passwordReset.updateMany({
      where: { userId: person.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await setPasswordWithCode(test.db, from(), { phone: person.phone!, code }, PASSWORD)).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect(await setPasswordFromWelcomeLink(test.db, token, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts wrong codes: from one address the 11th try for a phone is refused, even with the right code", async () => {
    const person = await account();
    const { code } = await issue(person.id);
    const address = "203.0.113.50";
    for (let i = 0; i < 10; i++) {
      const wrong = await setPasswordWithCode(
        test.db,
        from(address),
        { phone: person.phone!, code: "ABCD-2345" },
        PASSWORD,
      );
      expect(wrong).toEqual({ ok: false, reason: "wrong" });
    }
    const refused = await setPasswordWithCode(test.db, from(address), { phone: person.phone!, code }, PASSWORD);
    expect(refused).toMatchObject({ ok: false, reason: "tooManyAttempts" });
    expect(refused.ok === false && refused.reason === "tooManyAttempts" && refused.retryAfterMs).toBeGreaterThan(
      14 * 60_000,
    );
    // The welcome was not spent by the refused try: the person can still use it from elsewhere.
    expect(await setPasswordWithCode(test.db, from(), { phone: person.phone!, code }, PASSWORD)).toMatchObject({
      ok: true,
    });
  });

  it("by link works once; a reset link is not a welcome link nor the reverse", async () => {
    const person = await account(["HELPER", "BUYER"]);
    const { token } = await issue(person.id);
    expect(await findValidReset(test.db, token)).toBeNull();
    expect(await completePasswordReset(test.db, token, PASSWORD)).toBe(false);
    expect(await setPasswordFromWelcomeLink(test.db, token, PASSWORD)).toMatchObject({
      ok: true,
      user: { id: person.id },
    });
    expect(await setPasswordFromWelcomeLink(test.db, token, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyLogin(test.db, { phone: person.phone! }, PASSWORD)).not.toBeNull();
  });
});

describe("the /welcome pages", () => {
  type Args = Parameters<typeof welcomeByCode>[0];
  const post = (url: string, form: Record<string, string>, params: Record<string, string> = {}) =>
    ({
      request: new Request(`${APP_URL}${url}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      }),
      params,
      context: from(),
    }) as unknown as Args;

  it("phone + code: signs an artisan in and sends them to their studio", async () => {
    const artisan = await account(["ARTISAN"]);
    const { code } = await issue(artisan.id);
    const local = artisan.phone!.replace("+998", "");
    const response = await welcomeByCode(
      post("/welcome", { phone: local, code, password: PASSWORD, confirmPassword: PASSWORD }),
    );
    expect(response).toBeInstanceOf(Response);
    const answer = response as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/studio");
    const cookie = answer.headers.get("Set-Cookie")!.split(";")[0]!;
    const session = await findSession(test.db, new Request(APP_URL, { headers: { Cookie: cookie } }));
    expect(session?.userId).toBe(artisan.id);
  });

  it("phone + wrong code: the vague answer, nothing set", async () => {
    const artisan = await account(["ARTISAN"]);
    await issue(artisan.id);
    const answer = (await welcomeByCode(
      post("/welcome", { phone: artisan.phone!, code: "abcd2345", password: PASSWORD, confirmPassword: PASSWORD }),
    )) as unknown as { init: { status: number }; data: { error: Record<string, string[]> } };
    expect(answer.init.status).toBe(400);
    expect(answer.data.error[""]).toEqual(["welcome.wrong"]);
    expect(await verifyLogin(test.db, { phone: artisan.phone! }, PASSWORD)).toBeNull();
  });

  it("the link: shows the login, then signs a helper in and sends them to the people they help", async () => {
    const helper = await account(["HELPER", "BUYER"]);
    const { token } = await issue(helper.id);
    const linkPage = () =>
      welcomeLinkPage({ request: new Request(`${APP_URL}/welcome/x`), params: { token }, context: from() });
    const page = await linkPage();
    expect(page).toEqual({ valid: true, phone: expect.stringMatching(/^\+998 90 \d{3} \d{2} \d{2}$/), email: null });
    const response = (await welcomeByLink(
      post(`/welcome/${token}`, { password: PASSWORD, confirmPassword: PASSWORD }, { token }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/assist");
    expect(await linkPage()).toEqual({ valid: false, phone: null, email: null });
  });
});
