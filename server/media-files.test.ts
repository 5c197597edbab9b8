import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnLoopback, type Listening } from "./listen";
import { mediaFiles } from "./media-files";

let dir: string;
let app: Listening;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "media-"));
  for (const ext of ["avif", "webp", "jpg"]) fs.writeFileSync(path.join(dir, `photo.${ext}`), "bytes");
  const server = express();
  server.use("/media", mediaFiles(dir));
  app = await listenOnLoopback(server);
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("uploaded photos under /media", () => {
  it.each([
    ["avif", "image/avif"],
    ["webp", "image/webp"],
    ["jpg", "image/jpeg"],
  ])("serves .%s as %s, cached for a year", async (ext, type) => {
    const response = await fetch(`${app.url}/media/photo.${ext}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("lists no folder", async () => {
    expect((await fetch(`${app.url}/media/`)).status).toBe(404);
  });
});
