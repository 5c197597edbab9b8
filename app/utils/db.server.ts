import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";

export type Db = InstanceType<typeof PrismaClient>;
/** The client inside db.$transaction(async (tx) => …): what a step of a larger write takes. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// One client per process and database; kept on globalThis so Vite's HMR does not open a new pool per
// edit. Keyed by the address because test files sharing a process each point it at their own database.
const globalForDb = globalThis as unknown as { hunarmandDb?: { url: string; db: Db } };

export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  if (globalForDb.hunarmandDb?.url !== url) globalForDb.hunarmandDb = { url, db: createDb(url) };
  return globalForDb.hunarmandDb.db;
}

/** Prisma's P2002: a write hit a unique constraint (someone else got there first). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * PostgreSQL's check_violation (23514): a CHECK constraint or a trigger refused the row. Prisma 7
 * with @prisma/adapter-pg reports it as P2039 for a model write and P2010 for raw SQL, the
 * PostgreSQL code in meta.driverAdapterError.cause; other drivers put it in `cause`.
 */
export function isCheckViolation(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    meta?: { code?: unknown; driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } };
    cause?: { code?: unknown };
  } | null;
  if (typeof e !== "object" || e === null) return false;
  const cause = e.meta?.driverAdapterError?.cause;
  return [cause?.originalCode, cause?.code, e.meta?.code, e.cause?.code].includes("23514");
}
