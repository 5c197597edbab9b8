import path from "node:path";
import { LocalDiskStorage, type FileStorage } from "./storage.server";

let storage: FileStorage | undefined;

/** The app's file storage: local disk under DATA_DIR/uploads (served at /media/). */
export function getStorage(): FileStorage {
  storage ??= new LocalDiskStorage(uploadsDir());
  return storage;
}

export function uploadsDir(): string {
  return path.resolve(process.env.DATA_DIR ?? "data", "uploads");
}
