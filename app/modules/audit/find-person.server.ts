import type { Db } from "~/utils/db.server";
import { uzbekText } from "~/utils/i18n/localized";
import { cyrillicToLatin } from "~/utils/i18n/transliterate";
import type { Locale } from "~/utils/i18n/locales";
import { normalizePhone } from "~/utils/phone";

const MATCHES = 10;

/**
 * The people a typed email, phone number or name points to (at most MATCHES): an email or phone
 * exactly, a name by any part of it. What was typed stays in the POST body — never in an address.
 */
export async function findPeople(db: Db, typed: string, locale: Locale) {
  const query = typed.trim();
  if (query.length < 2 || query.length > 200) return [];
  const phone = query.includes("@") ? null : normalizePhone(query);
  const where = query.includes("@")
    ? { email: query.toLowerCase() }
    : phone
      ? { phone }
      : // Names are kept in Latin letters: a name typed in Cyrillic is looked for in both.
        {
          OR: [query, cyrillicToLatin(query)].map((part) => ({
            name: { contains: part, mode: "insensitive" as const },
          })),
        };
  const people = await db.user.findMany({
    where,
    orderBy: { name: "asc" },
    take: MATCHES,
    select: { id: true, name: true, roles: true },
  });
  return people.map((p) => ({ id: p.id, name: uzbekText(p.name, locale), roles: p.roles }));
}
