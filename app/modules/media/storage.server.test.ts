import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSafeKey, LocalDiskStorage } from "./storage.server";

describe("LocalDiskStorage", () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "hunarmand-storage-"));
    storage = new LocalDiskStorage(root);
  });
  afterAll(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await fs.rm(storage.privateRoot, { recursive: true, force: true });
  });

  it("stores under the key's path and reports it present", async () => {
    const key = "ab/abcdef0123.webp";
    expect(await storage.has(key)).toBe(false);
    await storage.put(key, Buffer.from("hello"), "image/webp");
    expect(await storage.has(key)).toBe(true);
    expect(await fs.readFile(path.join(root, "ab", "abcdef0123.webp"), "utf8")).toBe("hello");
    expect(await fs.readdir(path.join(root, "ab"))).toEqual(["abcdef0123.webp"]); // no temp left
  });

  it("keeps private files outside the served directory and reads them back", async () => {
    const key = "certificates/abc123.pdf";
    expect(await storage.getPrivate(key)).toBeNull();
    await storage.putPrivate(key, Buffer.from("%PDF-1.4"), "application/pdf");
    expect((await storage.getPrivate(key))?.toString()).toBe("%PDF-1.4");
    expect(path.relative(root, storage.privatePathOf(key))).toMatch(/^\.\./);
    expect(await storage.has(key)).toBe(false);
    await expect(storage.getPrivate("../x")).rejects.toThrow(/unsafe storage key/);
  });

  it("builds public URLs under /media/", () => {
    expect(storage.url("ab/abc.jpg")).toBe("/media/ab/abc.jpg");
  });

  it.each([
    "",
    "../etc/passwd",
    "ab/../../x",
    "/etc/passwd",
    "ab//c.jpg",
    "ab\\c.jpg",
    ".hidden",
    "ab/c d.jpg",
    "ab/c.jpg\0",
    "ab/ç.jpg",
    "a".repeat(300),
  ])("refuses the unsafe key %j", async (key) => {
    expect(() => assertSafeKey(key)).toThrow(/unsafe storage key/);
    await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow();
    await expect(storage.has(key)).rejects.toThrow();
  });
});
