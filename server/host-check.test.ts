import express from "express";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostCheck, servedHosts } from "./host-check";
import { listenOnLoopback, type Listening } from "./listen";

let local: Listening;
let deployed: Listening;

function app(options: { local: boolean; appUrl: string; port: number; trustProxy?: boolean }) {
  const server = express();
  server.set("trust proxy", options.trustProxy ?? false);
  server.use(hostCheck({ ...options, exemptPaths: ["/healthz"] }));
  server.all("*", (_req, res) => res.send("ok"));
  return server;
}

beforeAll(async () => {
  local = await listenOnLoopback(app({ local: true, appUrl: "http://localhost:3000", port: 3000 }));
  deployed = await listenOnLoopback(
    app({ local: false, appUrl: "https://hunarmand.uz", port: 3000, trustProxy: true }),
  );
});
afterAll(async () => Promise.all([local.close(), deployed.close()]));

/** Node's fetch will not send a Host of our choosing, so this asks with http.request. */
function ask(on: Listening, headers: Record<string, string>, path = "/dev/mail"): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${on.url}${path}`, { headers, setHost: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject).end();
  });
}

describe("hostCheck", () => {
  it("serves APP_URL's host, and in local mode localhost, 127.0.0.1 and [::1] on the app's port", async () => {
    expect(servedHosts({ appUrl: "http://localhost:3000", local: true, port: 3000 })).toEqual(
      new Set(["localhost:3000", "127.0.0.1:3000", "[::1]:3000"]),
    );
    for (const host of ["localhost:3000", "LOCALHOST:3000", "127.0.0.1:3000", "[::1]:3000"]) {
      expect(await ask(local, { host }), host).toBe(200);
    }
  });

  it("answers 421 to any other name: DNS rebinding gets nothing, even with a matching Origin", async () => {
    for (const host of [
      "evil.example",
      "evil.example:3000",
      "localhost:3001",
      "localhost",
      "localhost:3000.evil.example",
      "localhost:3000@evil.example",
      "",
      "a b",
    ]) {
      expect(await ask(local, { host, origin: `http://${host}` }), host).toBe(421);
    }
    // Without any Host, Node itself refuses an HTTP/1.1 request (400) before the app runs.
    expect(await ask(local, {})).toBe(400);
  });

  it("in a deployment serves only APP_URL's host (default port or not), and reads a trusted proxy's X-Forwarded-Host", async () => {
    expect(await ask(deployed, { host: "hunarmand.uz" })).toBe(200);
    expect(await ask(deployed, { host: "localhost:3000" })).toBe(421);
    expect(
      await ask(deployed, { host: "127.0.0.1:3000", "x-forwarded-host": "hunarmand.uz", "x-forwarded-proto": "https" }),
    ).toBe(200);
    expect(
      await ask(deployed, {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "hunarmand.uz:443",
        "x-forwarded-proto": "https",
      }),
    ).toBe(200);
    expect(await ask(deployed, { host: "hunarmand.uz", "x-forwarded-host": "evil.example" })).toBe(421);
  });

  it("lets health checks in by any name", async () => {
    expect(await ask(deployed, { host: "10.0.0.7:3000" }, "/healthz")).toBe(200);
  });
});
