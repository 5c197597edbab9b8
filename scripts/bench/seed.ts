import path from "node:path";
import { LocalDiskStorage } from "../../app/modules/media/storage.server";
import { createDb } from "../../app/utils/db.server";
import { seed } from "../../prisma/seed/index";

/** The demo seed (photos included) into the benchmark's own database and upload folder. */
export async function seedInto(url: string, dataDir: string) {
  const db = createDb(url);
  try {
    await seed(db, { storage: new LocalDiskStorage(path.join(dataDir, "uploads")) });
  } finally {
    await db.$disconnect();
  }
}
