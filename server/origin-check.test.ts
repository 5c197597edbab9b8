import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { originCheck } from "./origin-check";

let server: Server;
let own: string;

beforeAll(async () => {
  const app = express();
  app.set("trust proxy", "loopback");
  app.use(originCheck({ allowedOrigins: ["https://hunarmand.uz/"], exemptPaths: ["/webhooks/stripe"] }));
  app.all("*", (_req, res) => res.send("ok"));
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function status(headers: Record<string, string>, method = "POST", path = "/orders"): Promise<number> {
  const response = await fetch(`${own}${path}`, { method, headers });
  await response.text();
  return response.status;
}

describe("originCheck", () => {
  it("lets safe methods through whatever their origin", async () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(await status({ origin: "https://evil.example" }, method)).toBe(200);
    }
  });

  it("judges by Origin: own and allowed origins pass, others and 'null' are refused", async () => {
    expect(await status({ origin: own })).toBe(200);
    expect(await status({ origin: "https://hunarmand.uz" })).toBe(200);
    expect(await status({ origin: "https://evil.example" })).toBe(403);
    expect(await status({ origin: "https://hunarmand.uz.evil.example" })).toBe(403);
    expect(await status({ origin: "null" })).toBe(403);
  });

  it("lets Origin win over the other headers", async () => {
    expect(await status({ origin: "https://evil.example", "sec-fetch-site": "same-origin", referer: `${own}/` })).toBe(
      403,
    );
  });

  it("uses the forwarded protocol when the proxy is trusted", async () => {
    const httpsOwn = own.replace("http:", "https:");
    expect(await status({ origin: httpsOwn, "x-forwarded-proto": "https" })).toBe(200);
    expect(await status({ origin: httpsOwn })).toBe(403);
  });

  it("falls back to Sec-Fetch-Site without Origin", async () => {
    expect(await status({ "sec-fetch-site": "same-origin" })).toBe(200);
    expect(await status({ "sec-fetch-site": "none" })).toBe(200);
    expect(await status({ "sec-fetch-site": "same-site" })).toBe(403);
    expect(await status({ "sec-fetch-site": "cross-site", referer: `${own}/cart` })).toBe(403);
  });

  it("falls back to Referer for old clients", async () => {
    expect(await status({ referer: `${own}/cart` })).toBe(200);
    expect(await status({ referer: "https://hunarmand.uz/cart" })).toBe(200);
    expect(await status({ referer: "https://evil.example/cart" })).toBe(403);
    expect(await status({ referer: "not a url" })).toBe(403);
  });

  it("allows requests with no provenance headers at all (curl, server-to-server)", async () => {
    expect(await status({})).toBe(200);
    expect(await status({}, "DELETE")).toBe(200);
  });

  it("answers a refusal with a short plain-text 403", async () => {
    const response = await fetch(`${own}/orders`, { method: "PUT", headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect((await response.text()).length).toBeLessThan(64);
  });

  it("skips exempt paths exactly", async () => {
    expect(await status({ origin: "https://stripe.example" }, "POST", "/webhooks/stripe")).toBe(200);
    expect(await status({ origin: "https://stripe.example" }, "POST", "/webhooks/stripe-other")).toBe(403);
  });

  it("rejects configuration that is not an origin", () => {
    expect(() => originCheck({ allowedOrigins: ["hunarmand.uz"], exemptPaths: [] })).toThrow(/not an origin/);
  });
});
