import { branchTextSelect, offeredBranch } from "~/modules/config/offered-branches.server";
import type { Db } from "~/utils/db.server";

/** Where an artisan can bring a parcel: their district's active branches, or else their region's. */
export async function offeredBranches(db: Pick<Db, "branch" | "district">, districtId: string) {
  const select = { id: true, nameUz: true, nameRu: true, nameEn: true, ...branchTextSelect } as const;
  const own = await db.branch.findMany({ where: offeredBranch({ districtId }), select, orderBy: { nameUz: "asc" } });
  if (own.length > 0) return own;
  const { regionId } = await db.district.findUniqueOrThrow({ where: { id: districtId }, select: { regionId: true } });
  return db.branch.findMany({ where: offeredBranch({ district: { regionId } }), select, orderBy: { nameUz: "asc" } });
}
