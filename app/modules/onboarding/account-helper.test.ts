import type { AppLoadContext } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyLogin } from "~/modules/accounts/login.server";
import { signUpBuyer } from "~/modules/accounts/signup.server";
import { setPasswordFromWelcomeLink, setPasswordWithCode } from "~/modules/accounts/welcome.server";
import { mayActFor } from "~/modules/assisted/may-act-for.server";
import { makeArtisan, makeRegion } from "~/modules/catalog/test-catalog";
import { action as accountAction, loader as accountPage } from "~/routes/caseload.artisans.$id.account";
import { action as helperAction, loader as helperPage } from "~/routes/caseload.artisans.$id.helper";
import { getDb } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/utils/session.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { artisanAccount, issueArtisanWelcome } from "./account.server";
import { HelperSchema } from "./helper-schemas";
import { addHelper, removeHelper } from "./helper.server";
import { artisanHelpers } from "./helper-list.server";

const APP_URL = "http://localhost:3000";
const PASSWORD = "olma-anor-uzum-7";

let test: TestDatabase;
let worker: { id: string; cookie: string };
let otherWorker: { id: string; cookie: string };
let districtId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // the routes read through getDb()
  districtId = (await makeRegion(test.db, "UZ-W1")).id;
  const awayId = (await makeRegion(test.db, "UZ-W2")).id;
  const staff = async (email: string, district: string) => {
    const user = await test.db.user.create({
      data: { name: email, email, passwordHash: "x", roles: ["SOCIAL_WORKER"], socialWorkerLevel: "B" },
    });
    await test.db.staffDistrict.create({ data: { userId: user.id, districtId: district } });
    const { token } = await createSession(test.db, user.id, { twoFactorPassed: true });
    return { id: user.id, cookie: sessionCookie(token).split(";")[0]! };
  };
  worker = await staff("sw1@example.uz", districtId);
  otherWorker = await staff("sw2@example.uz", awayId);
});
afterAll(async () => {
  await getDb().$disconnect();
  await test.drop();
});

let n = 0;
const nextPhone = () => `+99893${String(10_000_000 + n++).slice(1)}`;

/** An artisan of the worker's district whose account has a phone and no password of their own yet. */
async function artisan(name = "Zulfiya Rahimova") {
  const profile = await makeArtisan(test.db, districtId, name);
  const user = await test.db.user.update({ where: { id: profile.userId }, data: { phone: nextPhone() } });
  return { ...profile, phone: user.phone! };
}

const helperInput = (phone: string, name = "Madina Rahimova") =>
  HelperSchema.parse({ name, phone, relationship: "daughter" });

/** Calls a caseload route's loader or action as Remix would, signed in with `cookie`. */
async function visit(
  handler: (args: never) => unknown,
  cookie: string,
  id: string,
  form?: Record<string, string>,
): Promise<unknown> {
  const url = `${APP_URL}/caseload/artisans/${id}/x`;
  const headers = new Headers({ Cookie: cookie });
  const request = form
    ? new Request(url, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      })
    : new Request(url, { headers });
  try {
    return await handler({ request, params: { id }, context: {} } as never);
  } catch (thrown) {
    return thrown;
  }
}
const statusOf = (answer: unknown) => (answer instanceof Response ? answer.status : "ran");

describe("the account page", () => {
  it("shows the login and whether a password was chosen; the sheet's code sets it and the phone signs in", async () => {
    const person = await artisan();
    const before = await artisanAccount(test.db, worker.id, person.id, "uz");
    expect(before).toMatchObject({ name: "Zulfiya Rahimova", hasPassword: false, pendingUntil: null });
    expect(before?.phone).toMatch(/^\+998 93 \d{3} \d{2} \d{2}$/);

    const issued = await issueArtisanWelcome(test.db, worker, person.id, "sheet", { appUrl: APP_URL, locale: "uz" });
    if (!issued.ok) throw new Error(issued.reason);
    const { sheet } = issued;
    expect(sheet).toMatchObject({ name: "Zulfiya Rahimova", page: "localhost:3000/welcome" });
    expect(sheet.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(sheet.qrSvg).toMatch(/^<svg [^>]*viewBox="[^"]+"[^>]*>.*<\/svg>$/s);
    expect(await test.db.outboxSms.count({ where: { to: person.phone } })).toBe(0);
    expect((await artisanAccount(test.db, worker.id, person.id, "uz"))?.pendingUntil).toEqual(sheet.expiresAt);

    const context = { clientIp: "192.0.2.1" } as unknown as AppLoadContext;
    const done = await setPasswordWithCode(test.db, context, { phone: person.phone, code: sheet.code }, PASSWORD);
    expect(done.ok).toBe(true);
    expect(await verifyLogin(test.db, { phone: person.phone }, PASSWORD)).not.toBeNull();
    expect(await artisanAccount(test.db, worker.id, person.id, "uz")).toMatchObject({
      hasPassword: true,
      pendingUntil: null,
    });
  });

  it("the SMS button texts the link and comes back to the page; the sheet button answers with the sheet", async () => {
    const person = await artisan("Nodira Qodirova");
    const sent = await visit(accountAction as never, worker.cookie, person.id, { intent: "sms" });
    expect(sent).toBeInstanceOf(Response);
    expect((sent as Response).headers.get("Location")).toBe(`/caseload/artisans/${person.id}/account?sent=1`);
    const texts = await test.db.outboxSms.findMany({ where: { to: person.phone } });
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toMatch(/http:\/\/localhost:3000\/welcome\/[\w-]{40,}/);

    const answer = (await visit(accountAction as never, worker.cookie, person.id, { intent: "sheet" })) as {
      sheet: { code: string };
    };
    expect(answer.sheet.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    // The sheet spent the texted link.
    const token = /\/welcome\/([\w-]+)/.exec(texts[0]!.text)![1]!;
    expect(await setPasswordFromWelcomeLink(test.db, token, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(statusOf(await visit(accountAction as never, worker.cookie, person.id, { intent: "other" }))).toBe(400);
  });

  it("does not exist for another district's social worker: page, SMS and sheet all not found", async () => {
    const person = await artisan("Gulnora Tursunova");
    expect(await artisanAccount(test.db, otherWorker.id, person.id, "uz")).toBeNull();
    expect(
      await issueArtisanWelcome(test.db, otherWorker, person.id, "sheet", { appUrl: APP_URL, locale: "uz" }),
    ).toEqual({ ok: false, reason: "notFound" });
    expect(statusOf(await visit(accountPage as never, otherWorker.cookie, person.id))).toBe(404);
    expect(statusOf(await visit(accountAction as never, otherWorker.cookie, person.id, { intent: "sms" }))).toBe(404);
    expect(statusOf(await visit(accountAction as never, otherWorker.cookie, person.id, { intent: "sheet" }))).toBe(404);
    expect(await test.db.passwordReset.count({ where: { userId: person.userId } })).toBe(0);
    expect(statusOf(await visit(accountPage as never, worker.cookie, person.id))).toBe("ran");
  });
});

describe("helpers", () => {
  it("makes a HELPER account texted a welcome, who may act for the artisan only while the assisted-mode consent stands", async () => {
    const person = await artisan("Dilfuza Karimova");
    const phone = "93 555 12 34";
    expect(await addHelper(test.db, worker, person.id, helperInput(phone), APP_URL)).toEqual({
      ok: true,
      welcomed: true,
    });
    const helper = await test.db.user.findUniqueOrThrow({ where: { phone: "+998935551234" } });
    expect(helper.roles).toEqual(expect.arrayContaining(["HELPER"]));
    expect(helper.name).toBe("Madina Rahimova");
    const texts = await test.db.outboxSms.findMany({ where: { to: helper.phone! } });
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toMatch(/http:\/\/localhost:3000\/welcome\/[\w-]{40,}/);
    // Nobody can sign in as the helper before the welcome is used.
    expect(await verifyLogin(test.db, { phone: helper.phone! }, "x")).toBeNull();

    expect(await mayActFor(test.db, helper, person.id)).toBe(false);
    const consent = await test.db.consent.create({
      data: { artisanId: person.id, purpose: "ASSISTED_MODE", witnessId: worker.id, recordedById: worker.id },
    });
    expect(await mayActFor(test.db, helper, person.id)).toBe(true);
    let page = await artisanHelpers(test.db, worker.id, person.id, "uz");
    expect(page).toMatchObject({
      assistedConsent: true,
      helpers: [{ name: "Madina Rahimova", phone: "+998 93 555 12 34", relationship: "daughter", hasPassword: false }],
    });
    await test.db.consent.update({ where: { id: consent.id }, data: { revokedAt: new Date() } });
    expect(await mayActFor(test.db, helper, person.id)).toBe(false);
    expect((await artisanHelpers(test.db, worker.id, person.id, "uz"))?.assistedConsent).toBe(false);

    // The helper chooses a password with the texted link; the page then says so.
    const token = /\/welcome\/([\w-]+)/.exec(texts[0]!.text)![1]!;
    expect(await setPasswordFromWelcomeLink(test.db, token, PASSWORD)).toMatchObject({ ok: true });
    page = await artisanHelpers(test.db, worker.id, person.id, "uz");
    expect(page?.helpers[0]?.hasPassword).toBe(true);

    const actions = await test.db.auditLog.findMany({ where: { actorId: worker.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["account.created_as_helper", "helper.add", "auth.welcome_issued"]),
    );
  });

  it("removing a helper ends their acting at once; adding them again restores the link without a new text", async () => {
    const person = await artisan("Hilola Usmonova");
    await test.db.consent.create({
      data: { artisanId: person.id, purpose: "ASSISTED_MODE", witnessId: worker.id, recordedById: worker.id },
    });
    // A buyer who already chose a password: given the HELPER role, texted nothing.
    const signedUp = await signUpBuyer(test.db, {
      name: "Aziz Usmonov",
      identifier: { phone: "+998935559876" },
      password: PASSWORD,
      locale: "uz",
    });
    if (!signedUp.ok) throw new Error(signedUp.reason);
    const input = HelperSchema.parse({ name: "Aziz", phone: "+998 93 555 98 76", relationship: "son" });
    expect(await addHelper(test.db, worker, person.id, input, APP_URL)).toEqual({ ok: true, welcomed: false });
    const helper = await test.db.user.findUniqueOrThrow({ where: { id: signedUp.userId } });
    expect(helper.roles).toEqual(["BUYER", "HELPER"]);
    expect(helper.name).toBe("Aziz Usmonov"); // an existing account keeps its name
    expect(await test.db.outboxSms.count({ where: { to: "+998935559876" } })).toBe(0);
    expect(await mayActFor(test.db, helper, person.id)).toBe(true);

    const [link] = (await artisanHelpers(test.db, worker.id, person.id, "uz"))!.helpers;
    expect(await removeHelper(test.db, otherWorker, person.id, link!.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await removeHelper(test.db, worker, person.id, link!.id)).toEqual({ ok: true });
    expect(await mayActFor(test.db, helper, person.id)).toBe(false);
    expect((await artisanHelpers(test.db, worker.id, person.id, "uz"))?.helpers).toEqual([]);
    expect(await removeHelper(test.db, worker, person.id, link!.id)).toEqual({ ok: false, reason: "notFound" });

    expect(await addHelper(test.db, worker, person.id, input, APP_URL)).toEqual({ ok: true, welcomed: false });
    expect(await test.db.artisanHelper.count({ where: { artisanId: person.id } })).toBe(1);
    expect(await mayActFor(test.db, helper, person.id)).toBe(true);
    const actions = await test.db.auditLog.findMany({
      where: { actorId: worker.id, entity: { in: ["ArtisanHelper", "User"] }, entityId: { in: [link!.id, helper.id] } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["user.role_added", "helper.add", "helper.remove", "helper.restore"]);
  });

  it("refuses the artisan's own phone as a helper's", async () => {
    const person = await artisan("Sabohat Ergasheva");
    expect(await addHelper(test.db, worker, person.id, helperInput(person.phone), APP_URL)).toEqual({
      ok: false,
      reason: "ownPhone",
    });
    const answer = (await visit(helperAction as never, worker.cookie, person.id, {
      intent: "add",
      name: "Sabohat",
      phone: person.phone,
      relationship: "daughter",
    })) as { init: { status: number } };
    expect(answer.init.status).toBe(409);
  });

  it("does not exist for another district's social worker: list, add and remove all not found", async () => {
    const person = await artisan("Muazzam Saidova");
    await addHelper(test.db, worker, person.id, helperInput("93 555 00 11", "Laylo Saidova"), APP_URL);
    const [link] = (await artisanHelpers(test.db, worker.id, person.id, "uz"))!.helpers;
    expect(await artisanHelpers(test.db, otherWorker.id, person.id, "uz")).toBeNull();
    expect(await addHelper(test.db, otherWorker, person.id, helperInput("93 555 00 22"), APP_URL)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await test.db.user.count({ where: { phone: "+998935550022" } })).toBe(0);
    expect(statusOf(await visit(helperPage as never, otherWorker.cookie, person.id))).toBe(404);
    const add = { intent: "add", name: "Boshqa Odam", phone: "93 555 00 33", relationship: "son" };
    expect(statusOf(await visit(helperAction as never, otherWorker.cookie, person.id, add))).toBe(404);
    const remove = { intent: "remove", helperLinkId: link!.id };
    expect(statusOf(await visit(helperAction as never, otherWorker.cookie, person.id, remove))).toBe(404);
    expect((await artisanHelpers(test.db, worker.id, person.id, "uz"))?.helpers).toHaveLength(1);
    expect(statusOf(await visit(helperPage as never, worker.cookie, person.id))).toBe("ran");
  });
});
