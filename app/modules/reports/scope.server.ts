import { Prisma } from "~/generated/prisma/client";
import type { CurrentUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { workerPowers } from "~/modules/onboarding/levels.server";

/**
 * Whose figures a reader sees: administrators the whole country, moderators and level-F branch
 * heads their own districts (StaffDistrict). `districtIds` is null for the whole country.
 */
export type ReportScope = {
  /** Whether the reader sees the whole country (administrators). */
  country: boolean;
  regionId: string | null;
  districtId: string | null;
  districtIds: string[] | null;
  /** The places the reader may choose from, for the filter form. */
  regions: { id: string; nameUz: string; nameRu: string; nameEn: string }[];
  districts: { id: string; regionId: string; nameUz: string; nameRu: string; nameEn: string }[];
};

type Reader = Pick<CurrentUser, "id" | "roles">;

const PLACE = { id: true, nameUz: true, nameRu: true, nameEn: true } as const;

/** The districts a reader may see, or null for the whole country; anyone else does not see the page (404). */
async function readableDistricts(db: Db, user: Reader): Promise<string[] | null> {
  if (user.roles.includes("ADMIN")) return null;
  const branchHead = user.roles.includes("SOCIAL_WORKER") && (await workerPowers(db, user.id)).isBranchHead;
  if (!user.roles.includes("MODERATOR") && !branchHead) notFound();
  const rows = await db.staffDistrict.findMany({ where: { userId: user.id }, select: { districtId: true } });
  return rows.map((row) => row.districtId);
}

/**
 * The scope for the region and district asked for in the URL. A place the reader may not see —
 * or that does not exist — is not found (404), like any other district's data.
 */
export async function reportScope(
  db: Db,
  user: Reader,
  asked: { region: string | null; district: string | null },
): Promise<ReportScope> {
  const readable = await readableDistricts(db, user);
  const districts = await db.district.findMany({
    where: readable ? { id: { in: readable } } : {},
    select: { ...PLACE, regionId: true },
    orderBy: [{ region: { sortOrder: "asc" } }, { nameUz: "asc" }],
  });
  const regionIds = new Set(districts.map((d) => d.regionId));
  const regions = await db.region.findMany({
    where: { id: { in: [...regionIds] } },
    select: PLACE,
    orderBy: { sortOrder: "asc" },
  });
  if (asked.region && !regionIds.has(asked.region)) notFound();
  const district = asked.district ? districts.find((d) => d.id === asked.district) : null;
  if (asked.district && !district) notFound();
  if (district && asked.region && district.regionId !== asked.region) notFound();
  const regionId = district?.regionId ?? asked.region;
  const inRegion = regionId ? districts.filter((d) => d.regionId === regionId).map((d) => d.id) : null;
  const districtIds = district ? [district.id] : (inRegion ?? readable);
  return { country: readable === null, regionId, districtId: district?.id ?? null, districtIds, regions, districts };
}

/** The scope as a condition on a view's or table's district column. */
export function inScope(scope: Pick<ReportScope, "districtIds">, column: Prisma.Sql): Prisma.Sql {
  return scope.districtIds ? Prisma.sql`${column} = ANY(${scope.districtIds}::text[])` : Prisma.sql`TRUE`;
}
