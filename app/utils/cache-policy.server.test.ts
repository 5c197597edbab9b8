import { describe, expect, it } from "vitest";
import { isPrivateAnswer, isPrivateRequest } from "./cache-policy.server";

const ask = (path: string, init: { cookie?: string; method?: string } = {}) =>
  isPrivateRequest(
    new Request(`http://localhost${path}`, {
      method: init.method ?? "GET",
      headers: init.cookie ? { Cookie: init.cookie } : {},
    }),
  );

describe("private by default", () => {
  it("keeps the public catalog pages cacheable for a visitor with nothing of their own", () => {
    for (const path of [
      "/",
      "/_root.data",
      "/catalog?q=doppi",
      "/catalog.data",
      "/search?q=x",
      "/l/blue-bowl",
      "/l/blue-bowl.data",
      "/a/zulfiya",
      "/sitemap.xml",
      "/robots.txt",
      "/about",
      "/contact",
      "/privacy",
      "/privacy.data",
      "/accessibility",
    ]) {
      expect(ask(path), path).toBe(false);
      expect(ask(path, { cookie: "lang=ru; hm_prefs=x" }), path).toBe(false);
    }
  });

  it("makes every answer to a signed-in person, or a guest with a cart or orders, private", () => {
    for (const cookie of ["hm_session=abc", "lang=ru; hm_cart=x", "hm_orders=y"]) {
      for (const path of ["/", "/catalog", "/l/blue-bowl", "/account"])
        expect(ask(path, { cookie }), `${cookie} ${path}`).toBe(true);
    }
  });

  it("makes every other page private, including ones added later and every post", () => {
    for (const path of [
      "/account",
      "/orders/1",
      "/studio",
      "/studio.data",
      "/dev/mail",
      "/reset-password/token",
      "/l/blue-bowl/report",
      "/caseload",
      "/admin/refunds",
      "/healthz",
      "/about/x",
      "/privacy-x",
    ]) {
      expect(ask(path), path).toBe(true);
    }
    expect(ask("/catalog", { method: "POST" })).toBe(true);
  });
});

describe("an answer that sets a cookie", () => {
  const answer = (headers: Record<string, string>) => new Response("<html></html>", { headers });
  const visitor = new Request("http://localhost/catalog?lang=uz-Cyrl");

  it("is private, even for a public page: a shared cache would hand the cookie to everyone", () => {
    expect(isPrivateAnswer(visitor, answer({ "Set-Cookie": "lang=uz-Cyrl; Path=/" }))).toBe(true);
  });

  it("leaves a public page without one cacheable, and a private page private", () => {
    expect(isPrivateAnswer(visitor, answer({}))).toBe(false);
    expect(isPrivateAnswer(new Request("http://localhost/account"), answer({}))).toBe(true);
  });
});
