import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnLoopback, type Listening } from "./listen";
import { isLoopbackAddress, thisMachineOnly } from "./this-machine";

let servers: Listening[] = [];

async function outbox(local: boolean, host = "127.0.0.1") {
  const app = express();
  app.use("/dev", thisMachineOnly(local));
  app.all("*", (_req, res) => res.send("outbox"));
  const server = await listenOnLoopback(app, host);
  servers.push(server);
  return server;
}

beforeAll(() => {
  servers = [];
});
afterAll(async () => Promise.all(servers.map((s) => s.close())));

describe("the local outbox answers only this machine", () => {
  it("knows loopback addresses from others", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ["192.0.2.2", "::ffff:10.0.0.1", "fd00::2", "1270.0.0.1", "", undefined])
      expect(isLoopbackAddress(address), address).toBe(false);
  });

  it("opens to a loopback browser in local mode", async () => {
    const server = await outbox(true);
    expect((await fetch(`${server.url}/dev/mail`)).status).toBe(200);
  });

  it("is not found for a request a proxy forwarded (the peer is the proxy, not the person)", async () => {
    const server = await outbox(true);
    for (const header of ["x-forwarded-for", "forwarded", "x-real-ip"]) {
      expect((await fetch(`${server.url}/dev/mail`, { headers: { [header]: "203.0.113.9" } })).status, header).toBe(
        404,
      );
    }
    expect((await fetch(`${server.url}/dev/mail.data`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(
      404,
    );
  });

  it("is not found outside local mode, even from this machine", async () => {
    const server = await outbox(false);
    expect((await fetch(`${server.url}/dev/mail`)).status).toBe(404);
    expect((await fetch(`${server.url}/catalog`)).status).toBe(200);
  });

  it("is not found from another machine's address", async () => {
    // The machine's own network address, when it has one: the peer is then not loopback.
    const { networkInterfaces } = await import("node:os");
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal);
    if (!external) return;
    const server = await outbox(true, "0.0.0.0");
    const port = new URL(server.url).port;
    expect((await fetch(`http://${external.address}:${port}/dev/mail`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/dev/mail`)).status).toBe(200);
  });
});
