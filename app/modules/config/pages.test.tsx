import { describe, expect, it } from "vitest";
import { LOCALES } from "~/utils/i18n/locales";
import { formatMoney, fromMinor } from "~/utils/money";
import { adminPageTest } from "../../../tests/support/admin-pages";
import type { Answer, RouteModule } from "../../../tests/support/call-route";
import { renderPage } from "../../../tests/support/render-page";
import { BranchForm } from "./branch-form";
import { AddRuleForm, CommissionPreview } from "./commission-forms";
import { CraftCard } from "./craft-forms";

// The three settings pages through their loaders and actions, as Remix calls them: only
// "config:manage" gets in; bad input is a 400 with the form's messages and a refusal a 409, never
// a 500. Then the pages' parts rendered in every language, as a person reads them.
const routes = {
  commission: () => import("~/routes/admin.commission") as Promise<RouteModule>,
  branches: () => import("~/routes/admin.branches._index") as Promise<RouteModule>,
  newBranch: () => import("~/routes/admin.branches.new") as Promise<RouteModule>,
  branch: () => import("~/routes/admin.branches.$id") as Promise<RouteModule>,
  crafts: () => import("~/routes/admin.crafts") as Promise<RouteModule>,
};

const pages = adminPageTest("UZ-C1", routes);
const { call } = pages;

const errorsOf = (answer: Answer) => (answer.body as { reply?: { error?: Record<string, string[]> } }).reply?.error;
const branch = {
  districtId: "",
  nameUz: "Markaz filiali",
  nameRu: "Филиал Центр",
  nameEn: "Centre branch",
  address: "Navoiy koʻchasi, 1",
  addressRu: "улица Навои, 1",
  addressEn: "1 Navoi Street",
  hours: "Du–Ju 9:00–18:00",
  hoursRu: "Пн–Пт 9:00–18:00",
  hoursEn: "Mon–Fri 9:00–18:00",
  phone: "71 123 45 67",
};

describe("who gets in", () => {
  it("lets the admin read every page; a buyer gets 403 and nobody signed out gets past the login", async () => {
    for (const [route, path] of [
      ["commission", "/admin/commission?amount=150000"],
      ["branches", "/admin/branches"],
      ["newBranch", "/admin/branches/new"],
      ["crafts", "/admin/crafts"],
    ] as const) {
      expect((await call(route, { path })).status).toBe(200);
      expect((await call(route, { cookie: pages.buyer.cookie, path })).status).toBe(403);
      expect((await call(route, { cookie: pages.buyer.cookie, path, form: { intent: "add" } })).status).toBe(403);
      expect((await call(route, { cookie: null, path })).location).toMatch(/^\/login/);
    }
    expect((await call("branch", { path: "/admin/branches/none", params: { id: "none" } })).status).toBe(404);
  });
});

describe("the commission page", () => {
  it("adds a rule from tomorrow, answers bad input and a past day with 400, and a started rule's removal with 409", async () => {
    const add = (form: Record<string, string>) => call("commission", { path: "/admin/commission", form });
    const page = (await call("commission", { path: "/admin/commission" })).body as { tomorrow: string };
    const rule = { intent: "add", sellerCategory: "UNVERIFIED", percent: "2,5", startsOn: page.tomorrow };
    expect(await add(rule)).toMatchObject({ status: 302, location: "/admin/commission?done=added" });
    const saved = await pages.db.commissionRule.findFirstOrThrow({ where: { sellerCategory: "UNVERIFIED" } });
    expect(saved.basisPoints).toBe(250);
    expect(errorsOf(await add({ ...rule, percent: "100.001" }))).toEqual({ percent: ["config.errors.percentInvalid"] });
    expect(errorsOf(await add({ ...rule, percent: "101" }))).toEqual({ percent: ["config.errors.percentInvalid"] });
    expect(errorsOf(await add({ ...rule, startsOn: "2020-01-01" }))).toEqual({ startsOn: ["config.errors.past"] });
    const bad = await add({ intent: "add", sellerCategory: "EVERYONE", percent: "-1", startsOn: "soon" });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorsOf(bad) ?? {}).sort()).toEqual(["percent", "sellerCategory", "startsOn"]);
    expect((await add({ intent: "other" })).status).toBe(400);

    const started = await pages.db.commissionRule.create({
      data: { sellerCategory: "VERIFIED_PWD", basisPoints: 0, effectiveFrom: new Date("2026-01-01T00:00:00Z") },
    });
    const remove = (id: string) => call("commission", { path: "/admin/commission", form: { intent: "remove", id } });
    expect(await remove(started.id)).toMatchObject({ status: 409, body: { refused: "started" } });
    expect(await remove("none")).toMatchObject({ status: 409, body: { refused: "notFound" } });
    expect(await remove(saved.id)).toMatchObject({ status: 302, location: "/admin/commission?done=removed" });
    const nonsense = await call("commission", { path: "/admin/commission?amount=lots" });
    expect(nonsense).toMatchObject({ status: 200, body: { preview: null } });
  });
});

describe("the branch and craft pages", () => {
  it("create, refuse bad input with 400 and keep unknown ids out", async () => {
    const create = (form: Record<string, string>) => call("newBranch", { path: "/admin/branches/new", form });
    expect(await create({ ...branch, districtId: pages.districtId })).toMatchObject({
      status: 302,
      location: "/admin/branches?done=created",
    });
    const bad = await create({ ...branch, phone: "12", nameRu: " " });
    expect(errorsOf(bad)).toEqual({
      districtId: ["config.errors.districtRequired"],
      phone: ["config.errors.phoneInvalid"],
      nameRu: ["config.errors.required"],
    });
    expect(errorsOf(await create({ ...branch, districtId: "elsewhere" }))).toEqual({
      districtId: ["config.errors.districtRequired"],
    });
    const toggle = (id: string) => call("branches", { path: "/admin/branches", form: { intent: "deactivate", id } });
    expect((await toggle("none")).status).toBe(404);
    const saved = await pages.db.branch.findFirstOrThrow({ where: { nameUz: "Markaz filiali" } });
    expect(saved.phone).toBe("+998711234567");
    expect(await toggle(saved.id)).toMatchObject({ status: 302, location: "/admin/branches?done=deactivated" });
    const edit = { path: `/admin/branches/${saved.id}`, params: { id: saved.id } };
    expect(
      await call("branch", { ...edit, form: { ...branch, districtId: pages.districtId, hoursEn: "Mon–Sat" } }),
    ).toMatchObject({
      status: 302,
    });
    expect(
      (
        await call("branch", {
          ...edit,
          path: "/admin/branches/x",
          params: { id: "x" },
          form: { ...branch, districtId: pages.districtId },
        })
      ).status,
    ).toBe(404);

    const craft = {
      intent: "add",
      nameUz: "Savatchilik",
      nameRu: "Плетение корзин",
      nameEn: "Basketry",
      sortOrder: "12",
    };
    const crafts = (form: Record<string, string>) => call("crafts", { path: "/admin/crafts", form });
    expect(await crafts(craft)).toMatchObject({ status: 302, location: "/admin/crafts?done=added" });
    expect(errorsOf(await crafts({ ...craft, sortOrder: "first" }))).toEqual({
      sortOrder: ["config.errors.orderInvalid"],
    });
    expect(await crafts({ intent: "remove", id: "none" })).toMatchObject({
      status: 409,
      body: { refused: "notFound" },
    });
    expect((await crafts({ intent: "rename" })).status).toBe(400);
  });
});

describe.each(LOCALES)("the settings pages in %s", (locale) => {
  it("have every text, money formatted, a craft with listings saying it stays", async () => {
    const rows = [
      {
        category: "UNVERIFIED" as const,
        startsOn: "2026-01-01",
        basisPoints: 500,
        chargedMinor: 750_000,
        receivedMinor: 14_250_000,
        state: "inForce" as const,
      },
      {
        category: "UNVERIFIED" as const,
        startsOn: "2030-06-01",
        basisPoints: 250,
        chargedMinor: 375_000,
        receivedMinor: 14_625_000,
        state: "future" as const,
      },
    ];
    const html = [
      await renderPage(locale, <CommissionPreview amount="150000" amountMinor={15_000_000} rows={rows} />),
      await renderPage(locale, <AddRuleForm lastResult={undefined} tomorrow="2030-06-01" />),
      await renderPage(
        locale,
        <BranchForm
          values={null}
          districts={[{ id: "d", name: "Chilonzor" }]}
          lastResult={undefined}
          submitLabel="+"
        />,
      ),
      await renderPage(
        locale,
        <CraftCard
          craft={{
            id: "c",
            slug: "doppi",
            name: "Doʻppi",
            nameUz: "Doʻppi",
            nameRu: "Тюбетейки",
            nameEn: "Skullcaps",
            sortOrder: 1,
            listings: 4,
          }}
          lastResult={undefined}
        />,
      ),
    ].join("\n");
    expect(html).not.toMatch(/config\.|caseload\./);
    expect(html).toContain(`>${formatMoney(fromMinor(750_000), locale)}<`);
    expect(html).toContain(`>${formatMoney(fromMinor(14_250_000), locale)}<`);
    expect(html).toContain(locale === "en" ? "2.5 %" : "2,5 %");
    expect(html).toContain('value="2030-06-01"');
    expect(html).not.toContain('value="remove"');
  });
});
