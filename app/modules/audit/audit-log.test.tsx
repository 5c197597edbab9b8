import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { makeStaff } from "~/modules/badges/test-badges";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { createI18n } from "~/utils/i18n/i18n.server";
import { signedInCookie } from "../../../tests/support/call-route";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { readFilters } from "./audit-filters";
import { auditPage, PAGE_SIZE } from "./audit-log.server";
import { AuditTable } from "./audit-table";

let test: TestDatabase;
let districtId: string;
let admin: { id: string; cookie: string };
let buyer: { cookie: string };
let dilnoza: { id: string };

async function person(roles: Role[], name = "Person") {
  const user = await makeStaff(test.db, districtId, roles, name);
  return { id: user.id, cookie: await signedInCookie(test.db, user.id) };
}

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // the route's getDb()
  districtId = (await makeRegion(test.db, "UZ-AU")).id;
  admin = await person(["ADMIN"], "Admin");
  buyer = await person(["BUYER"]);
  dilnoza = await test.db.user.create({
    data: { name: "Dilnoza Karimova", email: "dilnoza@example.uz", phone: "+998901234567", passwordHash: "x" },
  });
  await test.db.user.create({ data: { name: "Bobur Karimov", passwordHash: "x" } });
  // Around midnight in Tashkent (UTC+5) between 21 and 22 November 2026.
  await test.db.auditLog.createMany({
    data: [
      {
        at: new Date("2026-11-21T18:59:00Z"),
        actorId: dilnoza.id,
        action: "claim.submit",
        entity: "Claim",
        entityId: "c1",
        detail: { to: "decision" },
      },
      {
        at: new Date("2026-11-21T19:00:00Z"),
        actorId: dilnoza.id,
        action: "claim.decide",
        entity: "Claim",
        entityId: "c2",
      },
      { at: new Date("2026-11-22T10:00:00Z"), actorId: null, action: "badge.lapse", entity: "Claim", entityId: "c3" },
    ],
  });
});
afterAll(async () => test?.drop());

const page = (query: string) =>
  auditPage(test.db, admin, readFilters(new URL(`http://localhost/admin/audit?${query}`)), "en");
const ids = async (query: string) => (await page(query)).rows.map((row) => row.entityId);

describe("the audit log's filters", () => {
  it("by person (named on the page), action, group of actions, entity and entity id", async () => {
    const byPerson = await page(`actor=${dilnoza.id}`);
    expect(byPerson.rows.map((row) => row.entityId)).toEqual(["c2", "c1"]);
    expect(byPerson.actorName).toBe("Dilnoza Karimova");
    expect(byPerson.rows[0]!.actor).toBe("Dilnoza Karimova");
    expect(await ids("action=claim.submit")).toEqual(["c1"]);
    expect(await ids("action=claim.")).toEqual(["c2", "c1"]);
    expect(await ids("entity=Claim")).toEqual(["c3", "c2", "c1"]);
    expect(await ids("entity=Claim&entityId=c3")).toEqual(["c3"]);
  });

  it("by Tashkent days: 23:59 on the 21st is the 21st, 00:00 on the 22nd is the 22nd", async () => {
    expect(await ids("entity=Claim&from=2026-11-22&to=2026-11-22")).toEqual(["c3", "c2"]);
    expect(await ids("entity=Claim&to=2026-11-21")).toEqual(["c1"]);
    expect(await ids("entity=Claim&from=2026-11-21")).toEqual(["c3", "c2", "c1"]);
    expect(await ids("entity=Claim&from=2026-11-23")).toEqual([]);
  });

  it("ignores malformed values instead of failing", async () => {
    expect(
      readFilters(new URL("http://localhost/admin/audit?actor=a%20b&from=2026-02-30&before=0&action=x..y")),
    ).toEqual({
      actor: null,
      action: null,
      entity: null,
      entityId: null,
      from: null,
      to: null,
      before: null,
    });
  });
});

describe("pages", () => {
  it("go back 50 at a time by id, newest first, with no row twice", async () => {
    await test.db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, n) => ({ action: "bulk.write", entity: "Bulk", entityId: `b${n}` })),
    });
    const first = await page("entity=Bulk");
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]!.entityId).toBe("b119");
    const second = await page(`entity=Bulk&before=${first.older}`);
    const third = await page(`entity=Bulk&before=${second.older}`);
    expect(third.rows).toHaveLength(20);
    expect(third.older).toBeNull();
    const all = [...first.rows, ...second.rows, ...third.rows].map((row) => row.entityId);
    expect(new Set(all).size).toBe(120);
    expect(all.at(-1)).toBe("b0");
  });
});

describe("reading the log", () => {
  it("is itself audited once per view, with the filters used, and hidden unless asked for", async () => {
    const reads = () => test.db.auditLog.count({ where: { action: "audit.read", actorId: admin.id } });
    const before = await reads();
    await page(`entity=Claim&from=2026-11-21&actor=${dilnoza.id}`);
    expect(await reads()).toBe(before + 1);
    const last = await test.db.auditLog.findFirstOrThrow({ where: { action: "audit.read" }, orderBy: { id: "desc" } });
    expect(last.detail).toEqual({ filters: { actor: dilnoza.id, entity: "Claim", from: "2026-11-21" }, shown: 2 });
    expect((await page("")).rows.some((row) => row.action === "audit.read")).toBe(false);
    const asked = await page("action=audit.read");
    expect(asked.rows.length).toBeGreaterThanOrEqual(before + 2);
    expect(asked.rows.every((row) => row.action === "audit.read")).toBe(true);
    expect((await page("action=audit.")).rows.length).toBeGreaterThan(0);
  });

  it("shows when in Tashkent time, “System” for no person, and the detail as a list", async () => {
    const { rows } = await page("entity=Claim");
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={createI18n("en")}>
        <AuditTable rows={rows} />
      </I18nextProvider>,
    );
    expect(html).toContain("21 Nov 2026, 23:59");
    expect(html).toContain("22 Nov 2026, 00:00");
    expect(html).toContain(">System<");
    expect(html).toContain('<dt class="inline font-semibold">to: </dt><dd class="inline">decision</dd>');
  });
});

describe("the page", () => {
  type Args = { request: Request; params: Record<string, string>; context: object };
  type Route = { loader: (args: Args) => Promise<unknown>; action: (args: Args) => Promise<unknown> };
  const call = async (cookie: string, path: string, form?: Record<string, string>) => {
    const route = (await import("~/routes/admin.audit")) as unknown as Route;
    const headers = new Headers({ Cookie: cookie });
    const init: RequestInit = { method: form ? "POST" : "GET", headers };
    if (form) {
      headers.set("Content-Type", "application/x-www-form-urlencoded");
      init.body = new URLSearchParams(form).toString();
    }
    const args = { request: new Request(`http://localhost${path}`, init), params: {}, context: {} };
    try {
      return await (form ? route.action(args) : route.loader(args));
    } catch (thrown) {
      return thrown;
    }
  };

  it("is refused to anyone but an administrator, and writes no read for them", async () => {
    const reads = await test.db.auditLog.count({ where: { action: "audit.read" } });
    expect(((await call(buyer.cookie, "/admin/audit")) as Response).status).toBe(403);
    expect(((await call(buyer.cookie, "/admin/audit", { who: "dilnoza@example.uz" })) as Response).status).toBe(403);
    expect(await test.db.auditLog.count({ where: { action: "audit.read" } })).toBe(reads);
  });

  it("finds a person by email or phone and puts only their id in the address; several names are listed", async () => {
    for (const who of ["dilnoza@example.uz", "+998 90 123 45 67", "Dilnoza"]) {
      const answer = (await call(admin.cookie, "/admin/audit?entity=Claim&before=99", { who })) as Response;
      expect(answer.status).toBe(302);
      expect(answer.headers.get("Location")).toBe(`/admin/audit?actor=${dilnoza.id}&entity=Claim`);
    }
    const several = (await call(admin.cookie, "/admin/audit", { who: "Karimo" })) as {
      data: { choices: { name: string; href: string }[] };
    };
    expect(several.data.choices.map((c) => c.name)).toEqual(["Bobur Karimov", "Dilnoza Karimova"]);
    const none = (await call(admin.cookie, "/admin/audit", { who: "Nobody Here" })) as { data: { choices: unknown[] } };
    expect(none.data.choices).toEqual([]);
    const view = (await call(admin.cookie, `/admin/audit?actor=${dilnoza.id}`)) as {
      actorName: string;
      rows: unknown[];
    };
    expect(view.actorName).toBe("Dilnoza Karimova");
    expect(view.rows).toHaveLength(2);
  });
});
