import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { securityHeaders, type SecurityHeadersOptions } from "./security-headers";

/** Serves one request through the middleware and returns the headers and the nonce it saw. */
async function fetchWith(options: SecurityHeadersOptions) {
  const app = express();
  app.use(securityHeaders(options));
  app.get("/", (_req, res) => res.send(res.locals.cspNonce));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    return { headers: response.headers, nonce: await response.text() };
  } finally {
    server.close();
  }
}

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? "").split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("securityHeaders in production", () => {
  it("sets a strict CSP with a fresh nonce per request", async () => {
    const first = await fetchWith({ isDev: false });
    const second = await fetchWith({ isDev: false });
    expect(Buffer.from(first.nonce, "base64")).toHaveLength(16);
    expect(first.nonce).not.toBe(second.nonce);

    const csp = directives(first.headers.get("content-security-policy"));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${first.nonce}'`]);
    expect(csp.get("style-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("font-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("upgrade-insecure-requests")).toEqual([]);
    // The one allowance: style="" attributes (image placeholders); scripts and <style> stay strict.
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    csp.delete("style-src-attr");
    expect([...csp.values()].flat().join(" ")).not.toMatch(/unsafe/);
  });

  it("sets the other hardening headers and hides Express", async () => {
    const { headers } = await fetchWith({ isDev: false });
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("permissions-policy")).toBe("camera=(self), geolocation=(), microphone=()");
    expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(headers.get("x-powered-by")).toBeNull();
  });

  it("adds configured form-action origins", async () => {
    const { headers } = await fetchWith({ isDev: false, formActionOrigins: ["https://checkout.stripe.com/"] });
    const csp = directives(headers.get("content-security-policy"));
    expect(csp.get("form-action")).toEqual(["'self'", "https://checkout.stripe.com"]);
  });

  it("adds configured image origins (the UploadThing CDN) as bare origins", async () => {
    const { headers } = await fetchWith({ isDev: false, imageOrigins: ["https://abc123.ufs.sh/f/"] });
    expect(directives(headers.get("content-security-policy")).get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://abc123.ufs.sh",
    ]);
    expect(() => securityHeaders({ isDev: false, imageOrigins: ["x; script-src *"] })).toThrow();
  });

  it("refuses form-action entries that are not origins", () => {
    expect(() => securityHeaders({ isDev: false, formActionOrigins: ["x; script-src *"] })).toThrow();
    expect(() => securityHeaders({ isDev: false, formActionOrigins: ["https://a;b.uz"] })).toThrow();
  });
});

describe("securityHeaders in development", () => {
  it("allows Vite's inline styles and HMR socket but no HSTS or upgrade", async () => {
    const { headers, nonce } = await fetchWith({ isDev: true });
    const csp = directives(headers.get("content-security-policy"));
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(headers.get("strict-transport-security")).toBeNull();
  });
});
