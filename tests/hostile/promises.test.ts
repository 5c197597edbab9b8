// What the README's security section promises, checked through the real server (server/app.ts on
// the production build): the outbox is local only, unknown hosts are refused, redirects stay on
// the site, private answers are never cached, uploads have their right types.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/utils/session.server";
import { realIds, routeUrl, ROUTES, type Ids } from "./routes";
import { startServedApp, type ServedApp } from "./served-app";

let app: ServedApp;
let ids: Ids;
let buyer: string;

beforeAll(async () => {
  app = await startServedApp();
  ids = await realIds(app);
  buyer = `hm_session=${(await createSession(app.db, app.people.buyer.user.id, { twoFactorPassed: true })).token}`;
}, 120_000);
afterAll(() => app?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${url}`, { headers, redirect: "manual" });
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${url}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });

describe("the local outbox", () => {
  it("answers a browser on this machine, and is not found for a request a proxy forwarded", async () => {
    expect((await get("/dev/mail")).status).toBe(200);
    for (const url of ["/dev/mail", "/dev/mail.data", "/dev/mail?x=1"]) {
      expect((await get(url, { "X-Forwarded-For": "203.0.113.5" })).status, url).toBe(404);
    }
  });

  it("is refused under another host name (DNS rebinding), even with that host as Origin", async () => {
    const status = await new Promise<number>((resolve) => {
      const request = http.request(
        `${app.url}/dev/mail`,
        { method: "POST", headers: { Host: "evil.example", Origin: "http://evil.example" }, setHost: false },
        (r) => resolve(r.statusCode ?? 0),
      );
      request.end();
    });
    expect(status).toBe(421);
  });
});

describe("redirects that take a target from the visitor", () => {
  it.each([
    ["/preferences", "redirectTo=%2F%09%2Fevil.example&textSize=125"],
    ["/preferences", "redirectTo=%2F%5Cevil.example"],
    ["/language", "redirectTo=%2F.%2F%2Fevil.example&lang=ru"],
    ["/language", "redirectTo=%2F%0D%0ASet-Cookie%3Ax&lang=ru"],
    ["/language", "redirectTo=%2F%E3%80%80%2Fevil.example&lang=ru"],
    ["/cart", "intent=add&listingId=x&quantity=1&returnTo=https%3A%2F%2Fevil.example"],
  ])("%s with %s stays on the site", async (url, body) => {
    const response = await post(url, body);
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/(?![/\\])/);
    expect(new URL(location, app.url).origin).toBe(app.url);
  });
});

describe("caching", () => {
  const getRoutes = () => Object.entries(ROUTES).filter(([id]) => app.build.routes[id]!.module.loader);

  it("sends every answer to a signed-in person as private, no-store (documents and .data)", async () => {
    for (const [id, entry] of getRoutes()) {
      const url = routeUrl(app.build.routes[id]!.path ?? "", entry.params?.(ids) ?? {});
      for (const asked of [url, `${url === "/" ? "/_root" : url}.data`]) {
        expect((await get(asked, { Cookie: buyer })).headers.get("cache-control"), asked).toBe("private, no-store");
      }
    }
  });

  it("keeps the public catalog pages cacheable for visitors, and every other page private", async () => {
    const publicPages = ["/", "/catalog", `/a/${ids.handle}`, "/robots.txt", "/sitemap.xml"];
    for (const url of publicPages)
      expect((await get(url)).headers.get("cache-control") ?? "", url).not.toContain("no-store");
    // A listing page records a first view in the visitor's own cookie: that answer is theirs alone.
    expect((await get(`/l/${ids.slug}`)).headers.get("cache-control")).toBe("private, no-store");
    expect(
      (await get(`/l/${ids.slug}`, { Cookie: `hm_recent=${ids.slug}` })).headers.get("cache-control") ?? "",
    ).not.toContain("no-store");
    for (const url of [
      "/login",
      "/signup",
      "/forgot-password",
      "/reset-password/some-token",
      "/dev/mail",
      "/account",
      `/l/${ids.slug}/report`,
    ]) {
      expect((await get(url)).headers.get("cache-control"), url).toBe("private, no-store");
    }
  });
});

describe("a language chosen in the URL", () => {
  const langCookie = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith("lang="));

  it("is kept for the next page without ?lang, and that answer is not cached for others", async () => {
    const first = await get("/catalog?lang=uz-Cyrl", { "Accept-Language": "ru" });
    expect(await first.text()).toContain('<html lang="uz-Cyrl"');
    const cookie = langCookie(first);
    expect(cookie).toMatch(/^lang=uz-Cyrl;/);
    expect(first.headers.get("cache-control")).toBe("private, no-store");

    const next = await get("/", { Cookie: cookie!.split(";")[0]!, "Accept-Language": "ru" });
    expect(await next.text()).toContain('<html lang="uz-Cyrl"');
  });

  it("is remembered from a .data request too; once remembered, public pages stay cacheable", async () => {
    expect(langCookie(await get("/catalog.data?lang=en"))).toMatch(/^lang=en;/);
    const again = await get("/catalog?lang=ru", { Cookie: "lang=ru" });
    expect(langCookie(again)).toBeUndefined();
    expect(again.headers.get("cache-control") ?? "").not.toContain("no-store");
  });
});

describe("input that used to fail with 500", () => {
  it.each([
    "/catalog?q=a%00b",
    "/l/a%00b",
    "/a/a%00b",
    "/orders/a%00b",
    "/checkout/places?regionId=a%00b",
    "/dispatch?district=a%00b",
    `/catalog?q=${"a".repeat(201)}`,
    `/catalog?category=${"c".repeat(61)}`,
    "/catalog?q=doppi&sort=price-asc&after=WyJhYmMiLCJ4Il0",
  ])("GET %s is answered below 500", async (url) => {
    const response = await get(url, { Cookie: buyer });
    expect(response.status).toBeLessThan(500);
  });

  it("POST /logout without a body or type signs out; with a JSON body it is 415", async () => {
    expect((await post("/logout", "", { "Content-Type": "" })).status).toBe(302);
    expect((await post("/logout", "{}", { "Content-Type": "application/json" })).status).toBe(415);
  });
});

describe("uploaded photos", () => {
  it("are served with their image type, AVIF included", async () => {
    const dir = path.join(process.env.DATA_DIR!, "uploads", "ab");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "photo.avif"), "x");
    expect((await get("/media/ab/photo.avif")).headers.get("content-type")).toBe("image/avif");
  });
});
