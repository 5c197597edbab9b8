import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeUploadThing, type FakeUploadThing } from "../../../tests/fakes/uploadthing/server";
import { imageOrigins, storageFor } from "./storage-instance.server";
import { LocalDiskStorage } from "./storage.server";
import { UploadThingStorage } from "./uploadthing-storage.server";
import { contentKey } from "./variants.server";

let fake: FakeUploadThing;
let storage: UploadThingStorage;
beforeAll(async () => {
  fake = await startFakeUploadThing();
  storage = new UploadThingStorage({ token: fake.token, ingestUrl: fake.url, filesUrl: `${fake.url}/f` });
});
afterAll(() => fake.stop());

describe("UploadThingStorage against a local UploadThing", () => {
  it("uploads through the official SDK under a customId and serves it back with long cache headers", async () => {
    const body = Buffer.from("RIFF----WEBPVP8 fake image bytes");
    const key = contentKey(body, "webp");
    expect(await storage.has(key)).toBe(false);
    await storage.put(key, body, "image/webp");
    expect(await storage.has(key)).toBe(true);
    const stored = [...fake.files.values()].find((f) => f.customId === key.split("/")[1]);
    expect(stored).toMatchObject({ type: "image/webp", body });
    const response = await fetch(storage.url(key));
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(body);
  });

  it("keeps a private file private: its plain URL is refused, the app reads it at a signed one", async () => {
    const key = "certificates/c0ffee.pdf";
    expect(await storage.getPrivate(key)).toBeNull();
    await storage.putPrivate(key, Buffer.from("%PDF-1.4 certificate"), "application/pdf");
    expect([...fake.files.values()].find((f) => f.customId === "c0ffee.pdf")).toMatchObject({ acl: "private" });
    expect((await fetch(storage.url(key))).status).toBe(403);
    expect((await storage.getPrivate(key))?.toString()).toBe("%PDF-1.4 certificate");
  });

  it("has a public URL under the app's ufs.sh host by default", () => {
    const real = new UploadThingStorage({ token: fake.token });
    expect(real.url("ab/abcdef.jpg")).toBe(`https://${fake.appId}.ufs.sh/f/abcdef.jpg`);
    expect(() => real.url("../etc/passwd")).toThrow();
  });

  it("fails loudly when the ingest server refuses the signature (another app's key)", async () => {
    const other = await startFakeUploadThing();
    try {
      const wrongKey = new UploadThingStorage({ token: other.token, ingestUrl: fake.url, filesUrl: `${fake.url}/f` });
      await expect(wrongKey.put("cd/cdef.jpg", Buffer.from("x"), "image/jpeg")).rejects.toThrow();
      expect(fake.requests.at(-1)).toMatchObject({ method: "PUT", status: 403 });
    } finally {
      await other.stop();
    }
  });
});

describe("storageFor", () => {
  it("is the local disk without a token and UploadThing with one, whose CDN images may then load from", () => {
    expect(storageFor({})).toBeInstanceOf(LocalDiskStorage);
    expect(imageOrigins({})).toEqual([]);
    expect(storageFor({ UPLOADTHING_TOKEN: fake.token })).toBeInstanceOf(UploadThingStorage);
    expect(imageOrigins({ UPLOADTHING_TOKEN: fake.token })).toEqual([`https://${fake.appId}.ufs.sh`]);
  });
});
