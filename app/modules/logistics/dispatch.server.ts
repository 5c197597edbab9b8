import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { pickupFacts, stopView } from "./stop-facts.server";
import { openRequests, servesDistrict } from "./scope.server";

/** The districts a dispatcher serves, by name in the page's language. */
export async function dispatcherDistricts(db: Db, dispatcherId: string, locale: Locale) {
  const rows = await db.staffDistrict.findMany({
    where: { userId: dispatcherId },
    select: { district: { select: { id: true, nameUz: true, nameRu: true, nameEn: true } } },
  });
  return rows
    .map(({ district }) => ({ id: district.id, name: localized(district, "name", locale) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Active couriers serving the district; only they may get its manifests. */
export function districtCouriers(db: Db, districtId: string) {
  return db.user.findMany({
    where: { roles: { has: "COURIER" }, disabledAt: null, staffDistricts: { some: { districtId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * What a dispatcher sees for one of their districts and a day: the requests to put on a manifest,
 * the couriers, the day's manifests, and parts waiting at the district's branches for their buyer.
 * Null for a district they do not serve (the page answers 404).
 */
export async function dispatchDay(
  db: Db,
  input: { dispatcherId: string; districtId: string; day: Date; locale: Locale },
) {
  const { dispatcherId, districtId, day, locale } = input;
  if (!(await servesDistrict(db, dispatcherId, districtId))) return null;
  const [requests, couriers, manifests, atBranch] = await Promise.all([
    db.pickup.findMany({ where: openRequests(districtId, day), select: pickupFacts }),
    districtCouriers(db, districtId),
    db.courierManifest.findMany({
      where: { districtId, date: day },
      orderBy: { createdAt: "asc" },
      select: { id: true, courier: { select: { name: true } }, _count: { select: { pickups: true } } },
    }),
    db.subOrder.findMany({
      where: { status: "AT_BRANCH", order: { branch: { districtId } } },
      orderBy: { updatedAt: "asc" },
      select: {
        id: true,
        order: {
          select: { number: true, contactName: true, branch: { select: { nameUz: true, nameRu: true, nameEn: true } } },
        },
      },
    }),
  ]);
  return {
    requests: requests.map((pickup) => stopView(pickup, locale)).sort(byStopOrder),
    couriers: couriers.map((c) => ({ id: c.id, name: uzbekText(c.name, locale) })),
    manifests: manifests.map((m) => ({
      id: m.id,
      courier: uzbekText(m.courier.name, locale),
      stops: m._count.pickups,
    })),
    atBranch: atBranch.map((sub) => ({
      id: sub.id,
      number: sub.order.number,
      buyer: uzbekText(sub.order.contactName, locale),
      branch: sub.order.branch ? localized(sub.order.branch, "name", locale) : "",
    })),
  };
}

/** Stops go by window start (branch hand-overs, without a window, last), then artisan name. */
export function byStopOrder(
  a: { windowStart: string | null; artisan: string },
  b: { windowStart: string | null; artisan: string },
) {
  const start = (a.windowStart ?? "99:99").localeCompare(b.windowStart ?? "99:99");
  return start !== 0 ? start : a.artisan.localeCompare(b.artisan);
}
