import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { readArtisanContact, type ArtisanContact } from "./artisan-contact.server";
import { tashkentToday } from "./pickup-day";
import { courierStopsOn } from "./scope.server";
import { districtNames, pickupFacts, stopView } from "./stop-facts.server";

export type BuyerAddress = { name: string; phone: string; mahalla: string | null; street: string | null };

/**
 * A courier's stops of today (Tashkent), in manifest and stop order. Addresses only for the leg
 * still to do: the artisan's (audited) before pickup, the buyer's while carrying it to them.
 * Another day's or another courier's stop is not in the list at all.
 */
export async function courierDay(db: Db, courierId: string, locale: Locale, now = new Date()) {
  const day = tashkentToday(now);
  return db.$transaction(async (tx) => {
    const pickups = await tx.pickup.findMany({
      where: courierStopsOn(courierId, day),
      orderBy: [{ manifest: { createdAt: "asc" } }, { stopOrder: "asc" }],
      select: pickupFacts,
    });
    const districts = await districtNames(tx, pickups, locale);
    const stops = [];
    for (const pickup of pickups) {
      const stop = stopView(pickup, locale, districts);
      let contact: ArtisanContact | null = null;
      let buyer: BuyerAddress | null = null;
      if (stop.status === "ASSIGNED" && stop.kind === "HOME_PICKUP") {
        contact = await readArtisanContact(tx, stop.artisanId, { actorId: courierId, purpose: "courier" });
      }
      if (stop.status === "PICKED_UP" && stop.deliveryMethod === "COURIER")
        buyer = await buyerAddress(tx, pickup.subOrder.order.id, locale);
      stops.push({ ...stop, contact, buyer });
    }
    return { day, stops };
  });
}

async function buyerAddress(tx: Pick<Db, "order" | "mahalla">, orderId: string, locale: Locale): Promise<BuyerAddress> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { contactName: true, phone: true, mahallaId: true, street: true },
  });
  const mahalla = order.mahallaId
    ? await tx.mahalla.findUnique({ where: { id: order.mahallaId }, select: { name: true } })
    : null;
  return {
    name: uzbekText(order.contactName, locale),
    phone: order.phone,
    mahalla: mahalla ? uzbekText(mahalla.name, locale) : null,
    street: order.street,
  };
}

export type CourierStop = Awaited<ReturnType<typeof courierDay>>["stops"][number];
