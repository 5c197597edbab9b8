import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { formatPhone } from "~/utils/phone";
import type { Outcome } from "~/utils/result";
import type { BranchInput } from "./branch-schemas";
import { branchTexts } from "./offered-branches.server";

type Admin = { id: string };

/** Every branch, active or not, grouped by region then district in the regions' order, in the page's language. */
export async function branchList(db: Db, locale: Locale) {
  const branches = await db.branch.findMany({
    include: { district: { include: { region: true } } },
    orderBy: [{ district: { region: { sortOrder: "asc" } } }, { district: { nameUz: "asc" } }, { nameUz: "asc" }],
  });
  const regions: { id: string; name: string; branches: ReturnType<typeof branchRow>[] }[] = [];
  for (const branch of branches) {
    const region = branch.district.region;
    let group = regions.find((r) => r.id === region.id);
    if (!group) regions.push((group = { id: region.id, name: localized(region, "name", locale), branches: [] }));
    group.branches.push(branchRow(branch, locale));
  }
  return regions;
}

function branchRow(
  branch: Parameters<typeof branchTexts>[0] & {
    id: string;
    nameUz: string;
    nameRu: string;
    nameEn: string;
    phone: string;
    active: boolean;
    district: { nameUz: string; nameRu: string; nameEn: string };
  },
  locale: Locale,
) {
  return {
    id: branch.id,
    name: localized(branch, "name", locale),
    district: localized(branch.district, "name", locale),
    ...branchTexts(branch, locale),
    phone: formatPhone(branch.phone),
    active: branch.active,
  };
}

/** The districts to choose from, region by region, in the page's language. */
export async function districtChoices(db: Db, locale: Locale) {
  const districts = await db.district.findMany({
    include: { region: true },
    orderBy: [{ region: { sortOrder: "asc" } }, { nameUz: "asc" }],
  });
  return districts.map((d) => ({
    id: d.id,
    name: `${localized(d.region, "name", locale)} — ${localized(d, "name", locale)}`,
  }));
}

/** A branch's stored values for the edit form, or null. */
export async function branchForEdit(db: Db, id: string) {
  const branch = await db.branch.findUnique({ where: { id } });
  if (!branch) return null;
  const { createdAt: _created, updatedAt: _updated, ...values } = branch;
  return { ...values, phone: formatPhone(values.phone) };
}

/** Adds a branch (active from the start), audited. */
export async function createBranch(db: Db, admin: Admin, input: BranchInput): Promise<Outcome<"noDistrict">> {
  return db.$transaction(async (tx) => {
    if (!(await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } })))
      return { ok: false, reason: "noDistrict" } as const;
    const branch = await tx.branch.create({ data: input });
    await audit(tx, { actorId: admin.id, action: "branch.create", entity: "Branch", entityId: branch.id });
    return { ok: true } as const;
  });
}

/** Changes a branch's texts, phone or district; orders that name it show the new address. */
export async function updateBranch(
  db: Db,
  admin: Admin,
  id: string,
  input: BranchInput,
): Promise<Outcome<"notFound" | "noDistrict">> {
  return db.$transaction(async (tx) => {
    const before = await tx.branch.findUnique({ where: { id } });
    if (!before) return { ok: false, reason: "notFound" } as const;
    if (!(await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } })))
      return { ok: false, reason: "noDistrict" } as const;
    await tx.branch.update({ where: { id }, data: input });
    const changed = (Object.keys(input) as (keyof BranchInput)[]).filter((key) => before[key] !== input[key]);
    await audit(tx, {
      actorId: admin.id,
      action: "branch.update",
      entity: "Branch",
      entityId: id,
      detail: { changed },
    });
    return { ok: true } as const;
  });
}

/**
 * Stops offering a branch (or offers it again). Orders and parcels already at it keep it: staff
 * finish them there.
 */
export async function setBranchActive(db: Db, admin: Admin, id: string, active: boolean): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.branch.updateMany({ where: { id }, data: { active } });
    if (count === 0) return { ok: false, reason: "notFound" } as const;
    await audit(tx, {
      actorId: admin.id,
      action: active ? "branch.activate" : "branch.deactivate",
      entity: "Branch",
      entityId: id,
    });
    return { ok: true } as const;
  });
}
