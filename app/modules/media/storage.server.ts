import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Where files live. Keys are relative, slash-separated paths ("ab/abcdef….webp"); callers make
 * public keys content-addressed, so a key is written once and never changes meaning.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  has(key: string): Promise<boolean>;
  url(key: string): string;
}

/**
 * The private area of a storage (a product certificate's scan): never under a public URL; the app
 * reads a file back only for a route that has checked who asks. Null when there is no such file.
 * Its own interface, so code and tests that handle photos only need not fake it.
 */
export interface PrivateFileStorage {
  putPrivate(key: string, body: Buffer, contentType: string): Promise<void>;
  getPrivate(key: string): Promise<Buffer | null>;
}

// Each segment starts with a letter or digit, so ".", "..", hidden files and "-flags" are impossible.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 255;

/** Throws unless `key` is a plain relative path that cannot escape the storage root. */
export function assertSafeKey(key: string): void {
  const segments = key.split("/");
  const ok =
    key.length > 0 &&
    key.length <= MAX_KEY_LENGTH &&
    segments.every((segment) => SEGMENT.test(segment) && !segment.includes(".."));
  // JSON.stringify shows control characters escaped instead of printing them into logs.
  if (!ok) throw new Error(`unsafe storage key ${JSON.stringify(key.slice(0, 80))}`);
}

/**
 * Files under a directory on this machine, served by the app under `publicPrefix`; private files
 * under another directory beside it (never inside the served one), read only through the app.
 */
export class LocalDiskStorage implements FileStorage, PrivateFileStorage {
  readonly root: string;
  readonly privateRoot: string;

  constructor(
    root: string,
    readonly publicPrefix = "/media/",
    privateRoot?: string,
  ) {
    this.root = path.resolve(root);
    this.privateRoot = path.resolve(privateRoot ?? `${this.root}-private`);
  }

  /** Absolute path of a key; exposed for tests and for the static file route. */
  pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  /** Absolute path of a private key; exposed for tests. */
  privatePathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.privateRoot, ...key.split("/"));
  }

  // The content type is implied by the key's extension when the file is served, so it is not stored.
  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    await writeWhole(this.pathOf(key), body);
  }

  async putPrivate(key: string, body: Buffer, _contentType?: string): Promise<void> {
    await writeWhole(this.privatePathOf(key), body);
  }

  async getPrivate(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.privatePathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
  }

  url(key: string): string {
    assertSafeKey(key);
    return `${this.publicPrefix}${key}`;
  }
}

// Write then rename, so a reader or a crash never sees half a file under the final name.
async function writeWhole(target: string, body: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await fs.writeFile(temporary, body);
  await fs.rename(temporary, target);
}
