import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { cyrillicToLatin } from "~/utils/i18n/transliterate";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { normalizePhone, phoneQueryDigits } from "~/utils/phone";

export const PAGE_SIZE = 50;

export type PersonRow = { id: string; name: string; roles: Role[]; districts: string[]; active: boolean };
export type PeoplePage = { people: PersonRow[]; page: number; pages: number; total: number };

/**
 * Who a query can mean: a phone number however it is written ("90 123 45 67", "0901234567",
 * "+998-90…") or part of one, an email address or part of one, or a name in either script.
 */
function matching(query: string): Prisma.UserWhereInput {
  const phone = normalizePhone(query);
  if (phone) return { phone };
  const digits = phoneQueryDigits(query);
  if (digits) return { phone: { contains: digits } };
  const names = [...new Set([query, cyrillicToLatin(query)])];
  return {
    OR: [
      { email: { contains: query.toLowerCase() } },
      ...names.map((name) => ({ name: { contains: name, mode: "insensitive" as const } })),
    ],
  };
}

/** One page (50) of people, newest first: by the query and role when given. Names and roles only, nothing sealed. */
export async function searchPeople(
  db: Db,
  input: { q?: string; role?: Role; page: number },
  locale: Locale,
): Promise<PeoplePage> {
  const where: Prisma.UserWhereInput = {
    ...(input.q ? matching(input.q) : {}),
    ...(input.role ? { roles: { has: input.role } } : {}),
  };
  const total = await db.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(input.page, pages);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      name: true,
      roles: true,
      disabledAt: true,
      staffDistricts: { select: { district: { select: { nameUz: true, nameRu: true, nameEn: true } } } },
    },
  });
  const people = rows.map((row) => ({
    id: row.id,
    name: uzbekText(row.name, locale),
    roles: row.roles,
    districts: row.staffDistricts.map(({ district }) => localized(district, "name", locale)).sort(),
    active: row.disabledAt === null,
  }));
  return { people, page, pages, total };
}
