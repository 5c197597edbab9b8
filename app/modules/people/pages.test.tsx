import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { renderPage } from "../../../tests/support/render-page";
import { PeopleTable } from "./people-table";
import { PersonFacts } from "./person-facts";
import { PersonForms } from "./person-forms";
import { personForAdmin } from "./person.server";
import type { PeoplePage } from "./search.server";
import { StaffForm } from "./staff-form";
import { callRoute, signedInCookie, type RouteModule } from "../../../tests/support/call-route";

// Who gets into the people pages, the search (phones however written, names in either script,
// never in the URL), and the words a person reads on them.

let test: TestDatabase;
let districtId: string;
const cookies: Record<"admin" | "buyer" | "worker", string> = { admin: "", buyer: "", worker: "" };
let malikaId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // the routes' getDb()
  districtId = (await makeRegion(test.db, "UZ-Q1")).id;
  for (const [key, roles] of [
    ["admin", ["ADMIN"]],
    ["buyer", ["BUYER"]],
    ["worker", ["SOCIAL_WORKER"]],
  ] as const) {
    const user = await test.db.user.create({
      data: { name: `Person ${key}`, email: `${key}@example.uz`, passwordHash: "x", roles: [...roles] },
    });
    cookies[key] = await signedInCookie(test.db, user.id);
  }
  const malika = await test.db.user.create({
    data: {
      name: "Malika Yusupova",
      phone: "+998907654321",
      passwordHash: "x",
      roles: ["SOCIAL_WORKER"],
      socialWorkerLevel: "B",
      occupationCode: "2635.1",
      staffDistricts: { create: { districtId } },
    },
  });
  malikaId = malika.id;
});
afterAll(async () => test?.drop());

const routes = {
  list: () => import("~/routes/admin.people._index") as Promise<RouteModule>,
  create: () => import("~/routes/admin.people.new") as Promise<RouteModule>,
  person: () => import("~/routes/admin.people.$id") as Promise<RouteModule>,
};

describe("who gets in", () => {
  it("only the admin: anyone else gets 403 from every loader and action, signed out goes to the login", async () => {
    const pages = [
      ["list", "/admin/people", {}],
      ["create", "/admin/people/new", {}],
      ["person", `/admin/people/${malikaId}`, { id: malikaId }],
    ] as const;
    for (const [route, path, params] of pages) {
      const module = await routes[route]();
      expect((await callRoute(module, { cookie: cookies.admin, path, params })).status).toBe(200);
      for (const cookie of [cookies.buyer, cookies.worker]) {
        expect((await callRoute(module, { cookie, path, params })).status).toBe(403);
        const form = {
          intent: "deactivate",
          reason: "x",
          q: "Malika",
          name: "X",
          role: "ADMIN",
          email: "x@example.uz",
        };
        expect((await callRoute(module, { cookie, path, params, form })).status).toBe(403);
      }
      expect((await callRoute(module, { cookie: null, path, params })).location).toMatch(/^\/login/);
    }
    expect(await test.db.user.count({ where: { disabledAt: { not: null } } })).toBe(0);
    const person = await routes.person();
    const missing = { cookie: cookies.admin, path: "/admin/people/none", params: { id: "none" } };
    expect((await callRoute(person, missing)).status).toBe(404);
    expect((await callRoute(person, { ...missing, form: { intent: "deactivate", reason: "x" } })).status).toBe(404);
    expect((await callRoute(person, { ...missing, form: { intent: "bogus" } })).status).toBe(400);
  });
});

describe("the search", () => {
  const search = async (form: Record<string, string>) =>
    (await callRoute(await routes.list(), { cookie: cookies.admin, path: "/admin/people?index", form })).body as {
      result: PeoplePage;
    };
  const names = (answer: { result: PeoplePage }) => answer.result.people.map((person) => person.name);

  it("finds a person by a phone written in any way, by part of it, by a name in Cyrillic, and by role", async () => {
    for (const q of ["90 765 43 21", "0907654321", "+998 (90) 765-43-21", "765 43", "малика", "yusupova"])
      expect(names(await search({ q })), q).toEqual(["Malika Yusupova"]);
    expect(names(await search({ q: "admin@example" }))).toEqual(["Person admin"]);
    expect(names(await search({ q: "Malika", role: "BUYER" }))).toEqual([]);
    const workers = await search({ role: "SOCIAL_WORKER" });
    expect(names(workers).sort()).toEqual(["Malika Yusupova", "Person worker"]);
    expect(workers.result.people.find((p) => p.name === "Malika Yusupova")).toMatchObject({
      districts: ["Tuman"], // the page's language: Uzbek by default
      active: true,
    });
  });

  it("pages by 50 and answers bad input with 400, never a 500", async () => {
    await test.db.user.createMany({
      data: Array.from({ length: 55 }, (_, n) => ({
        name: `Xaridor ${n}`,
        passwordHash: "x",
        roles: ["BUYER" as const],
      })),
    });
    const first = await search({ q: "Xaridor" });
    expect(first.result).toMatchObject({ page: 1, pages: 2, total: 55 });
    expect(first.result.people).toHaveLength(50);
    expect((await search({ q: "Xaridor", page: "2" })).result.people).toHaveLength(5);
    expect((await search({ q: "Xaridor", page: "99" })).result.page).toBe(2);
    const list = await routes.list();
    const listed = await callRoute(list, { cookie: cookies.admin, path: "/admin/people?role=BUYER&page=2" });
    expect((listed.body as { result: PeoplePage }).result.page).toBe(2);
    const odd = await callRoute(list, { cookie: cookies.admin, path: "/admin/people?role=KING&page=-3" });
    expect(odd.status).toBe(200);
    const long = await callRoute(list, {
      cookie: cookies.admin,
      path: "/admin/people?index",
      form: { q: "x".repeat(500) },
    });
    expect(long.status).toBe(400);
  });
});

describe("what the pages say", () => {
  it("the results and the person, in English and Russian", async () => {
    const row = {
      id: malikaId,
      name: "Malika Yusupova",
      roles: ["SOCIAL_WORKER" as const],
      districts: ["Chilonzor"],
      active: false,
    };
    const table = await renderPage("ru", <PeopleTable people={[row]} />);
    for (const word of ["Имя", "Роли", "Районы", "Malika Yusupova", "Chilonzor", "Отключена"])
      expect(table).toContain(word);

    const person = (await personForAdmin(test.db, malikaId, "en"))!;
    const facts = await renderPage("en", <PersonFacts person={person} />);
    for (const word of [
      "+998 90 765 43 21",
      "Social worker",
      "B — outreach",
      "2635.1",
      "District",
      "Not chosen yet",
      "Active",
    ])
      expect(facts).toContain(word);
    const forms = await renderPage(
      "en",
      <PersonForms person={person} regions={[]} answer={{ intent: "deactivate", error: "people.refused.lastAdmin" }} />,
    );
    for (const word of [
      "Change districts",
      "Save level and code",
      "Send a new link",
      "Reset two-step sign-in",
      "Deactivate",
      "last active administrator",
    ])
      expect(forms).toContain(word);
    expect(forms).toMatch(/<option value="B" selected="">/); // her stored level, chosen
    expect(forms).toContain('value="2635.1"');
  });

  it("the new-account form names every field in Uzbek", async () => {
    const regions = [{ id: "r", name: "Toshkent shahri", districts: [{ id: districtId, name: "Chilonzor" }] }];
    const html = await renderPage("uz", <StaffForm regions={regions} lastResult={undefined} />);
    for (const word of [
      "Ism va familiya",
      "Elektron pochta",
      "Telefon raqami",
      "Ijtimoiy xodim",
      "Kasb kodi",
      "Toshkent shahri",
      "Chilonzor",
      "Hisobni ochish",
    ])
      expect(html).toContain(word);
  });
});
