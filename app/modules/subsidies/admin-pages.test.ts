import { describe, expect, it } from "vitest";
import { makeArtisan } from "~/modules/catalog/test-catalog";
import { adminPageTest } from "../../../tests/support/admin-pages";
import type { Answer, RouteModule } from "../../../tests/support/call-route";

// The admin's three settings pages through their loaders and actions, as Remix calls them: only
// "config:manage" gets in, and bad input comes back as 400 with the message for the form, never 500.

const routes = {
  list: () => import("~/routes/admin.programmes._index") as Promise<RouteModule>,
  create: () => import("~/routes/admin.programmes.new") as Promise<RouteModule>,
  edit: () => import("~/routes/admin.programmes.$id") as Promise<RouteModule>,
  bca: () => import("~/routes/admin.bca") as Promise<RouteModule>,
  holidays: () => import("~/routes/admin.holidays") as Promise<RouteModule>,
};

const pages = adminPageTest("UZ-R1", routes);
const { call } = pages;

const programme = {
  code: "PAGE-TEST",
  nameUz: "Subsidiya",
  nameRu: "Субсидия",
  nameEn: "Subsidy",
  bcaMultiple: "1",
  startsOn: "2026-01-01",
  decisionDays: "3",
  paymentWorkingDays: "3",
  "documents[0].nameUz": "Pasport",
  "documents[0].nameRu": "Паспорт",
  "documents[0].nameEn": "Passport",
};
const errorsOf = (answer: Answer) => (answer.body as { reply?: { error?: Record<string, string[]> } }).reply?.error;

describe("who gets in", () => {
  it("lets the admin read every page; a buyer gets 403 and nobody signed out gets past the login", async () => {
    for (const [route, path] of [
      ["list", "/admin/programmes"],
      ["create", "/admin/programmes/new"],
      ["bca", "/admin/bca?on=2026-03-01"],
      ["holidays", "/admin/holidays?year=2027"],
    ] as const) {
      expect((await call(route, { cookie: pages.admin.cookie, path })).status).toBe(200);
      expect((await call(route, { cookie: pages.buyer.cookie, path })).status).toBe(403);
      if (route !== "list")
        expect((await call(route, { cookie: pages.buyer.cookie, path, form: programme })).status).toBe(403);
      expect((await call(route, { cookie: null, path })).location).toMatch(/^\/login/);
    }
    const missing = { cookie: pages.admin.cookie, path: "/admin/programmes/none", params: { id: "none" } };
    expect((await call("edit", missing)).status).toBe(404);
  });
});

describe("programmes through the pages", () => {
  it("creates one, then answers a taken code and bad input with 400 and the messages", async () => {
    const created = await call("create", {
      cookie: pages.admin.cookie,
      path: "/admin/programmes/new",
      form: programme,
    });
    expect(created).toMatchObject({ status: 302, location: "/admin/programmes?done=created" });
    const again = await call("create", { cookie: pages.admin.cookie, path: "/admin/programmes/new", form: programme });
    expect(again.status).toBe(400);
    expect(errorsOf(again)).toEqual({ code: ["admin.errors.codeTaken"] });
    const bad = await call("create", {
      cookie: pages.admin.cookie,
      path: "/admin/programmes/new",
      form: { ...programme, code: "", bcaMultiple: "abc", startsOn: "2026-02-30x" },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorsOf(bad) ?? {})).toEqual(expect.arrayContaining(["code", "bcaMultiple", "startsOn"]));
  });

  it("refuses a new multiple once the programme has claims, with the reason at the top of the form", async () => {
    const saved = await pages.db.subsidyProgramme.findUniqueOrThrow({ where: { code: "PAGE-TEST" } });
    const artisan = await makeArtisan(pages.db, pages.districtId, "Dilnoza Karimova");
    await pages.db.subsidyClaim.create({
      data: { programmeId: saved.id, artisanId: artisan.id, preparedById: pages.admin.id },
    });
    const path = `/admin/programmes/${saved.id}`;
    const refused = await call("edit", {
      cookie: pages.admin.cookie,
      path,
      params: { id: saved.id },
      form: { ...programme, bcaMultiple: "2" },
    });
    expect(refused.status).toBe(400);
    expect(errorsOf(refused)).toEqual({ "": ["admin.errors.lockedByClaims"] });
    const ended = await call("edit", {
      cookie: pages.admin.cookie,
      path,
      params: { id: saved.id },
      form: { ...programme, endsOn: "2026-12-31" },
    });
    expect(ended).toMatchObject({ status: 302, location: "/admin/programmes?done=saved" });
  });
});

describe("the BCA and holiday pages", () => {
  it("answer a taken date, a past date, bad input and an unknown intent with 400", async () => {
    const add = (form: Record<string, string>) => call("bca", { cookie: pages.admin.cookie, path: "/admin/bca", form });
    expect(await add({ intent: "add", amountSom: "430 000", effectiveFrom: "2099-01-01" })).toMatchObject({
      status: 302,
    });
    const taken = await add({ intent: "add", amountSom: "440 000", effectiveFrom: "2099-01-01" });
    expect(taken.status).toBe(400);
    expect(errorsOf(taken)).toEqual({ effectiveFrom: ["admin.errors.dateTaken"] });
    expect(errorsOf(await add({ intent: "add", amountSom: "440 000", effectiveFrom: "2020-01-01" }))).toEqual({
      effectiveFrom: ["admin.errors.past"],
    });
    expect((await add({ intent: "add", amountSom: "-5", effectiveFrom: "soon" })).status).toBe(400);
    expect((await add({ intent: "other" })).status).toBe(400);

    const holiday = { intent: "add", day: "2026-06-12", nameUz: "Dam", nameRu: "Выходной", nameEn: "Day off" };
    const addHoliday = () => call("holidays", { cookie: pages.admin.cookie, path: "/admin/holidays", form: holiday });
    expect(await addHoliday()).toMatchObject({ status: 302, location: "/admin/holidays?year=2026&done=added" });
    const twice = await addHoliday();
    expect(twice.status).toBe(400);
    expect(errorsOf(twice)).toEqual({ day: ["admin.errors.dayTaken"] });
  });
});
