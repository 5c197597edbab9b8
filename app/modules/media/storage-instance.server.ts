import path from "node:path";
import { fromEnv } from "~/utils/env.server";
import { LocalDiskStorage, type FileStorage, type PrivateFileStorage } from "./storage.server";
import { UploadThingStorage } from "./uploadthing-storage.server";

/**
 * The app's file storage: UploadThing when UPLOADTHING_TOKEN is set, otherwise the local disk
 * under DATA_DIR/uploads (served at /media/), its private files under DATA_DIR/private (not served).
 */
export const getStorage: () => FileStorage & PrivateFileStorage = fromEnv((env) => storageFor(env));

type StorageEnv = { UPLOADTHING_TOKEN?: string; UPLOADTHING_INGEST_URL?: string; UPLOADTHING_FILES_URL?: string };

export function storageFor(env: StorageEnv): FileStorage & PrivateFileStorage {
  if (!env.UPLOADTHING_TOKEN) return new LocalDiskStorage(uploadsDir(), "/media/", privateDir());
  return new UploadThingStorage({
    token: env.UPLOADTHING_TOKEN,
    ingestUrl: env.UPLOADTHING_INGEST_URL,
    filesUrl: env.UPLOADTHING_FILES_URL,
  });
}

/** Where images may be loaded from, besides the app itself (for the Content-Security-Policy). */
export function imageOrigins(env: StorageEnv): string[] {
  const files = storageFor(env);
  return files instanceof UploadThingStorage ? [new URL(files.filesUrl).origin] : [];
}

export function uploadsDir(): string {
  return path.resolve(process.env.DATA_DIR ?? "data", "uploads");
}

export function privateDir(): string {
  return path.resolve(process.env.DATA_DIR ?? "data", "private");
}
