import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";

export type Db = InstanceType<typeof PrismaClient>;
/** The client inside db.$transaction(async (tx) => …): what a step of a larger write takes. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// One client per process; kept on globalThis so Vite's HMR does not open a new pool per edit.
const globalForDb = globalThis as unknown as { hunarmandDb?: Db };

export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  globalForDb.hunarmandDb ??= createDb(url);
  return globalForDb.hunarmandDb;
}

/** Prisma's P2002: a write hit a unique constraint (someone else got there first). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
