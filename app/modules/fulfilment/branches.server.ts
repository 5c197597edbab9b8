import type { Db } from "~/utils/db.server";

/** Where an artisan can bring a parcel: their district's branches, or else their region's. */
export async function offeredBranches(db: Pick<Db, "branch" | "district">, districtId: string) {
  const select = { id: true, nameUz: true, nameRu: true, nameEn: true, address: true, hours: true } as const;
  const own = await db.branch.findMany({ where: { districtId }, select, orderBy: { nameUz: "asc" } });
  if (own.length > 0) return own;
  const { regionId } = await db.district.findUniqueOrThrow({ where: { id: districtId }, select: { regionId: true } });
  return db.branch.findMany({ where: { district: { regionId } }, select, orderBy: { nameUz: "asc" } });
}
