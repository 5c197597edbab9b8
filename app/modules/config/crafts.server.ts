import { forgetCraftCounts } from "~/modules/catalog/queries.server";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { slugify } from "~/utils/slugify";
import type { Outcome } from "~/utils/result";
import type { CraftInput } from "./craft-schemas";

type Admin = { id: string };

/** Every craft in the catalog's order, with how many listings it has (any status: those keep it). */
export async function craftList(db: Db, locale: Locale) {
  const crafts = await db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { nameUz: "asc" }],
    include: { _count: { select: { listings: true } } },
  });
  return crafts.map(({ _count, ...craft }) => ({
    ...craft,
    name: localized(craft, "name", locale),
    listings: _count.listings,
  }));
}

/** "kulolchilik", then "kulolchilik-2", … : the first free address made from the Uzbek name. */
async function freeSlug(db: Pick<Db, "category">, nameUz: string) {
  const base = slugify(nameUz) || "craft";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await db.category.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** Adds a craft; the catalog's remembered craft list is forgotten so the new one shows at once. */
export async function addCraft(db: Db, admin: Admin, input: CraftInput): Promise<Outcome<"slugTaken">> {
  try {
    await db.$transaction(async (tx) => {
      const craft = await tx.category.create({ data: { ...input, slug: await freeSlug(tx, input.nameUz) } });
      await audit(tx, {
        actorId: admin.id,
        action: "craft.create",
        entity: "Category",
        entityId: craft.id,
        detail: { slug: craft.slug },
      });
    });
  } catch (error) {
    // Someone added the same name at the same moment: the unique slug refused the second.
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken" };
    throw error;
  }
  forgetCraftCounts();
  return { ok: true };
}

/** Renames or reorders a craft. Its address (slug) stays, so links to it keep working. */
export async function updateCraft(db: Db, admin: Admin, id: string, input: CraftInput): Promise<Outcome<"notFound">> {
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.category.updateMany({ where: { id }, data: input });
    if (count === 0) return { ok: false, reason: "notFound" } as const;
    await audit(tx, { actorId: admin.id, action: "craft.update", entity: "Category", entityId: id, detail: input });
    return { ok: true } as const;
  });
  forgetCraftCounts();
  return result;
}

/** Removes a craft nothing is listed under; one with listings stays (they would lose their craft). */
export async function removeCraft(db: Db, admin: Admin, id: string): Promise<Outcome<"notFound" | "hasListings">> {
  const result = await db.$transaction(async (tx) => {
    // The row lock makes a listing being filed under this craft at the same moment wait for the
    // answer (its foreign key check needs a share lock), so the count below stays true.
    await tx.$queryRaw`SELECT 1 FROM "Category" WHERE "id" = ${id} FOR UPDATE`;
    const craft = await tx.category.findUnique({ where: { id }, include: { _count: { select: { listings: true } } } });
    if (!craft) return { ok: false, reason: "notFound" } as const;
    if (craft._count.listings > 0) return { ok: false, reason: "hasListings" } as const;
    await tx.category.delete({ where: { id } });
    await audit(tx, {
      actorId: admin.id,
      action: "craft.remove",
      entity: "Category",
      entityId: id,
      detail: { slug: craft.slug },
    });
    return { ok: true } as const;
  });
  forgetCraftCounts();
  return result;
}
