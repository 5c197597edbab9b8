import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession, verifyLogin } from "~/modules/accounts/login.server";
import { pendingTotpSetup } from "~/modules/accounts/two-factor.server";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { hashPassword } from "~/utils/password.server";
import { createSession, findSession } from "~/utils/session.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { currentStep, totpAt } from "../../../tests/support/totp";
import { deactivatePerson } from "./status.server";
import { callRoute, cookieFrom, type RouteModule } from "../../../tests/support/call-route";

// Staff accounts from the console to the first sign-in, and what deactivating or resetting does
// to a person's sessions, through the pages' loaders and actions as Remix calls them.

let test: TestDatabase;
let admin: { id: string; cookie: string };
let districtId: string;
let otherDistrictId: string;

const cookieOf = (token: string) => `hm_session=${encodeURIComponent(token)}`;
async function signedIn(userId: string) {
  const { token } = await createSession(test.db, userId, { twoFactorPassed: true });
  return cookieOf(token);
}

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // the routes' getDb()
  districtId = (await makeRegion(test.db, "UZ-P1")).id;
  otherDistrictId = (await makeRegion(test.db, "UZ-P2")).id;
  const user = await test.db.user.create({
    data: { name: "Aziza Admin", email: "admin@example.uz", passwordHash: "x", roles: ["ADMIN"] },
  });
  admin = { id: user.id, cookie: await signedIn(user.id) };
});
afterAll(async () => test?.drop());

const routes = {
  create: () => import("~/routes/admin.people.new") as Promise<RouteModule>,
  person: () => import("~/routes/admin.people.$id") as Promise<RouteModule>,
  welcome: () => import("~/routes/welcome.$token") as Promise<RouteModule>,
  twoFactor: () => import("~/routes/login_.two-factor") as Promise<RouteModule>,
};

function staffForm(fields: Record<string, string>, districts: string[] = []) {
  const form = new URLSearchParams(fields);
  for (const id of districts) form.append("districtIds", id);
  return form;
}
const create = async (form: URLSearchParams) =>
  callRoute(await routes.create(), { cookie: admin.cookie, path: "/admin/people/new", form });
const act = async (userId: string, form: Record<string, string>, cookie = admin.cookie) =>
  callRoute(await routes.person(), { cookie, path: `/admin/people/${userId}`, params: { id: userId }, form });
const errorsOf = (body: unknown) => (body as { reply?: { error?: Record<string, string[]> } }).reply?.error;
const createdId = (location: string | null | undefined) => /\/admin\/people\/([^?]+)\?/.exec(location ?? "")![1]!;

describe("a level-B social worker made by the admin", () => {
  it("gets one welcome by email, sets a password and signs in with two-factor", async () => {
    const created = await create(
      staffForm(
        {
          name: "Malika Yusupova",
          email: "Malika@Example.uz",
          role: "SOCIAL_WORKER",
          level: "B",
          occupationCode: "2635.1",
          locale: "en",
        },
        [districtId],
      ),
    );
    expect(created).toMatchObject({ status: 302, location: expect.stringMatching(/\?done=created-email$/) });
    const id = createdId(created.location);
    const user = await test.db.user.findUniqueOrThrow({ where: { id }, include: { staffDistricts: true } });
    expect(user).toMatchObject({
      email: "malika@example.uz",
      roles: ["SOCIAL_WORKER"],
      socialWorkerLevel: "B",
      occupationCode: "2635.1",
      totpEnabledAt: null,
    });
    expect(user.staffDistricts.map((row) => row.districtId)).toEqual([districtId]);
    expect(await test.db.passwordReset.count({ where: { userId: id, kind: "WELCOME", usedAt: null } })).toBe(1);
    const emails = await test.db.outboxEmail.findMany({ where: { to: "malika@example.uz" } });
    expect(emails).toHaveLength(1);
    const token = /\/welcome\/(\S+)/.exec(emails[0]!.text)![1]!;
    expect(emails[0]!.subject).toBe("Hunarmand: choose your password"); // her language (en)
    // The audit names the admin and the person, never the link.
    const audits = await test.db.auditLog.findMany({ where: { entityId: id } });
    expect(audits.map((row) => row.action)).toEqual(["people.staff_created", "auth.welcome_issued"]);
    expect(audits.every((row) => row.actorId === admin.id)).toBe(true);
    expect(JSON.stringify(audits.map((row) => row.detail))).not.toContain(token);
    // Nobody, not even the admin, knows a password before she chooses one.
    expect(await verifyLogin(test.db, { email: "malika@example.uz" }, "x")).toBeNull();

    const welcome = await routes.welcome();
    const chosen = await callRoute(welcome, {
      cookie: null,
      path: `/welcome/${token}`,
      params: { token },
      form: { password: "olma-anor-uzum-7", confirmPassword: "olma-anor-uzum-7" },
    });
    expect(chosen).toMatchObject({ status: 302, location: "/login/two-factor?redirectTo=%2Faccount" });
    const pending = cookieFrom(chosen.setCookie);
    const page = await callRoute(await routes.twoFactor(), { cookie: pending, path: "/login/two-factor" });
    const secret = (page.body as { setup: { secret: string } | null }).setup!.secret; // she enrols now
    const passed = await callRoute(await routes.twoFactor(), {
      cookie: pending,
      path: "/login/two-factor",
      form: { code: totpAt(secret, currentStep()), redirectTo: "/account" },
    });
    expect(passed).toMatchObject({ status: 302, location: "/account" });
    const session = await findSession(
      test.db,
      new Request("http://localhost/", { headers: { Cookie: cookieFrom(passed.setCookie)! } }),
    );
    expect(session?.twoFactorPassedAt).not.toBeNull();
    expect((await test.db.user.findUniqueOrThrow({ where: { id } })).totpEnabledAt).not.toBeNull();
    expect(await verifyLogin(test.db, { email: "malika@example.uz" }, "olma-anor-uzum-7")).not.toBeNull();
  });
});

describe("other staff accounts", () => {
  it("a moderator with a phone only gets the welcome by SMS; a courier's districts and an admin's none are stored", async () => {
    const moderator = await create(
      staffForm({ name: "Bahodir Moderator", phone: "90 555 12 34", role: "MODERATOR" }, [districtId, otherDistrictId]),
    );
    expect(moderator.location).toMatch(/\?done=created-sms$/);
    const texts = await test.db.outboxSms.findMany({ where: { to: "+998905551234" } });
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toMatch(/\/welcome\/\S+/);
    expect(await test.db.staffDistrict.count({ where: { userId: createdId(moderator.location) } })).toBe(2);

    const courier = await create(
      staffForm({ name: "Otabek", email: "otabek@example.uz", role: "COURIER" }, [districtId]),
    );
    const courierId = createdId(courier.location);
    expect(await test.db.user.findUniqueOrThrow({ where: { id: courierId } })).toMatchObject({
      roles: ["COURIER"],
      socialWorkerLevel: null,
    });
    const newAdmin = await create(
      staffForm({ name: "Second Admin", email: "admin2@example.uz", role: "ADMIN" }, [districtId]),
    );
    expect(await test.db.staffDistrict.count({ where: { userId: createdId(newAdmin.location) } })).toBe(0);
    expect(await test.db.passwordReset.count({ where: { userId: createdId(newAdmin.location) } })).toBe(1);
  });

  it("refuses a taken email or phone (however written) with a message at the field, and what is missing", async () => {
    const taken = await create(staffForm({ name: "Again", email: "MALIKA@example.uz", role: "COURIER" }, [districtId]));
    expect(taken.status).toBe(400);
    expect(errorsOf(taken.body)).toEqual({ email: ["people.refused.emailTaken"] });
    const phone = await create(
      staffForm({ name: "Again", phone: "+998 (90) 555-12-34", role: "COURIER" }, [districtId]),
    );
    expect(errorsOf(phone.body)).toEqual({ phone: ["people.refused.phoneTaken"] });
    const missing = await create(staffForm({ name: "Nobody", role: "SOCIAL_WORKER", occupationCode: "26a" }));
    expect(missing.status).toBe(400);
    expect(errorsOf(missing.body)).toMatchObject({
      email: ["people.errors.contactRequired"],
      level: ["people.errors.levelRequired"],
      occupationCode: ["people.errors.occupationInvalid"],
      districtIds: ["people.errors.districtsRequired"],
    });
    const forged = await create(staffForm({ name: "X", email: "x@example.uz", role: "COURIER" }, ["no-such"]));
    expect(errorsOf(forged.body)).toEqual({ districtIds: ["people.refused.badDistrict"] });
    expect(await test.db.user.count({ where: { name: { in: ["Again", "Nobody", "X"] } } })).toBe(0);
  });
});

async function staffMember(email: string, roles: ("SOCIAL_WORKER" | "MODERATOR" | "ADMIN")[] = ["MODERATOR"]) {
  return test.db.user.create({
    data: { name: "Staff", email, passwordHash: await hashPassword("olma-anor-uzum-7"), roles },
  });
}

describe("deactivating and resetting", () => {
  it("deactivation deletes every session of the person at once, and login is refused afterwards", async () => {
    const person = await staffMember("leaving@example.uz");
    const cookies = [await signedIn(person.id), await signedIn(person.id)];
    const empty = await act(person.id, { intent: "deactivate", reason: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ intent: "deactivate", error: "people.errors.required" });
    const done = await act(person.id, { intent: "deactivate", reason: "Left the job" });
    expect(done).toMatchObject({ status: 302, location: `/admin/people/${person.id}?done=deactivate` });
    expect(await test.db.session.count({ where: { userId: person.id } })).toBe(0);
    for (const cookie of cookies)
      expect(await findSession(test.db, new Request("http://localhost/", { headers: { Cookie: cookie } }))).toBeNull();
    expect(await verifyLogin(test.db, { email: "leaving@example.uz" }, "olma-anor-uzum-7")).toBeNull();
    // Even a session row made afterwards is not found for a deactivated account.
    const late = await signedIn(person.id);
    expect(await findSession(test.db, new Request("http://localhost/", { headers: { Cookie: late } }))).toBeNull();
    expect(await test.db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      disabledReason: "Left the job",
      disabledById: admin.id,
    });
    expect(
      await test.db.auditLog.count({ where: { action: "people.deactivated", entityId: person.id, actorId: admin.id } }),
    ).toBe(1);

    expect((await act(person.id, { intent: "reactivate" })).location).toMatch(/done=reactivate$/);
    expect(await verifyLogin(test.db, { email: "leaving@example.uz" }, "olma-anor-uzum-7")).not.toBeNull();
  });

  it("a two-factor reset ends the sessions and the next login enrols again", async () => {
    const person = await staffMember("lostphone@example.uz", ["SOCIAL_WORKER"]);
    await test.db.user.update({
      where: { id: person.id },
      data: { totpSecretEnc: "enc:v1:old", totpEnabledAt: new Date(), totpLastStep: 5 },
    });
    await signedIn(person.id);
    expect((await act(person.id, { intent: "resetTwoFactor" })).location).toMatch(/done=resetTwoFactor$/);
    expect(await test.db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      totpSecretEnc: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(await test.db.session.count({ where: { userId: person.id } })).toBe(0);
    const user = (await verifyLogin(test.db, { email: "lostphone@example.uz" }, "olma-anor-uzum-7"))!;
    expect((await startSession(test.db, user, null)).needsTwoFactor).toBe(true);
    expect(await pendingTotpSetup(test.db, { id: person.id, email: person.email, phone: null })).not.toBeNull();
  });

  it("an admin cannot deactivate themselves, nor anyone the last active administrator", async () => {
    const self = await act(admin.id, { intent: "deactivate", reason: "test" });
    expect(self).toMatchObject({ status: 400, body: { error: "people.refused.self" } });
    // Every other administrator deactivated: whoever asks, the last one stays.
    await test.db.user.updateMany({
      where: { id: { not: admin.id }, roles: { has: "ADMIN" } },
      data: { disabledAt: new Date() },
    });
    const other = await staffMember("former-admin@example.uz", ["ADMIN"]);
    await test.db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await deactivatePerson(test.db, { id: other.id }, admin.id, "test")).toEqual({
      ok: false,
      reason: "lastAdmin",
    });
    expect((await test.db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });

  it("a buyer is deactivated with a reason but not edited otherwise", async () => {
    const buyer = await test.db.user.create({
      data: { name: "Buyer", email: "b@example.uz", passwordHash: "x", roles: ["BUYER"] },
    });
    expect((await act(buyer.id, { intent: "districts", districtIds: districtId })).status).toBe(404);
    expect((await act(buyer.id, { intent: "level", level: "F", occupationCode: "1" })).status).toBe(404);
    expect((await act(buyer.id, { intent: "welcome" })).status).toBe(404);
    expect((await act(buyer.id, { intent: "deactivate", reason: "Fraud reports" })).status).toBe(302);
    expect((await act(buyer.id, { intent: "deactivate", reason: "Again" })).body).toMatchObject({
      error: "people.refused.alreadyDeactivated",
    });
  });
});
