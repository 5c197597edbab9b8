import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressFiles } from "../scripts/precompress-assets";
import { builtAssets } from "./built-assets";
import { listenOnLoopback, type Listening } from "./listen";

const script = `export const greeting = ${JSON.stringify("Assalomu alaykum, Ассалому алайкум! ".repeat(200))};\n`;
let dir: string;
let app: Listening;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "assets-"));
  fs.writeFileSync(path.join(dir, "page-abc123.js"), script);
  await precompressFiles([path.join(dir, "page-abc123.js")]);
  const server = express();
  server.use(compression()); // as in server/app.ts: it must not compress a second time
  server.use("/assets", builtAssets(dir));
  app = await listenOnLoopback(server);
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const fetchWith = (acceptEncoding: string) =>
  fetch(`${app.url}/assets/page-abc123.js`, { headers: { "accept-encoding": acceptEncoding } });

describe("the browser build's files", () => {
  it("writes a gzip and a Brotli form beside each file, both smaller and both whole", async () => {
    const { gunzipSync, brotliDecompressSync } = await import("node:zlib");
    const gz = fs.readFileSync(path.join(dir, "page-abc123.js.gz"));
    const br = fs.readFileSync(path.join(dir, "page-abc123.js.br"));
    expect(gunzipSync(gz).toString()).toBe(script);
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gz.length).toBeLessThan(Buffer.byteLength(script) / 5);
  });

  it.each([
    ["br, gzip", "br", "br"],
    ["gzip, deflate", "gzip", "gz"],
  ])("accepting %s, sends the %s file as it was written, once encoded", async (accept, encoding, extension) => {
    const response = await fetchWith(accept);
    const written = fs.statSync(path.join(dir, `page-abc123.js.${extension}`)).size;
    expect(response.headers.get("content-length")).toBe(String(written));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe(encoding);
    expect(response.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe(script);
  });

  it("sends the plain file to a client that accepts no encoding", async () => {
    const response = await fetchWith("identity");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it("lists no folder and serves no other name", async () => {
    expect((await fetch(`${app.url}/assets/`)).status).toBe(404);
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
  });
});
