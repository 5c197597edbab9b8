// A guest has no account to own their orders, so their browser holds the ids in an httpOnly cookie
// signed with an HMAC of SESSION_SECRET: an id typed into the cookie by hand has no valid signature
// and is ignored. At login or sign-up the orders are attached to the account and the cookie goes.
import { createHmac, timingSafeEqual } from "node:crypto";
import { audit } from "~/utils/audit.server";
import { readCookie } from "~/utils/cookies";
import { privateCookie } from "~/utils/cookies.server";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import type { OrderOwner } from "./owner";

export const GUEST_ORDERS_COOKIE = "hm_orders";
const MAX_IDS = 20;
const COOKIE_SECONDS = 180 * 24 * 60 * 60;

const mac = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`guest-orders:${payload}`).digest("base64url");

/** "id1.id2~signature" (cuids hold neither "." nor "~"). */
export function signOrderIds(ids: readonly string[], secret = getEnv().SESSION_SECRET): string {
  const payload = ids.join(".");
  return `${payload}~${mac(payload, secret)}`;
}

/** The ids of a value signed by signOrderIds; [] for anything unsigned, altered or malformed. */
export function verifyOrderIds(value: string | null, secret = getEnv().SESSION_SECRET): string[] {
  const cut = value?.lastIndexOf("~") ?? -1;
  if (!value || cut < 1) return [];
  const payload = value.slice(0, cut);
  const given = Buffer.from(value.slice(cut + 1));
  const expected = Buffer.from(mac(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return [];
  return payload.split(".");
}

export const guestOrderIds = (request: Request) => verifyOrderIds(readCookie(request, GUEST_ORDERS_COOKIE));

/** Who the request speaks for: the signed-in buyer (if any) and the guest orders of this browser. */
export function requestOrderOwner(request: Request, user: { id: string } | null): OrderOwner {
  return { buyerId: user?.id ?? null, guestOrderIds: guestOrderIds(request) };
}

/** The Set-Cookie header that adds a guest's new order, keeping the newest MAX_IDS. */
export function rememberGuestOrder(request: Request, orderId: string): string {
  const ids = [orderId, ...guestOrderIds(request).filter((id) => id !== orderId)].slice(0, MAX_IDS);
  return privateCookie(GUEST_ORDERS_COOKIE, signOrderIds(ids), COOKIE_SECONDS);
}

/**
 * Attaches the guest orders of this cookie that no account owns yet to `userId`, in one
 * transaction, audited. Returns how many were attached.
 */
export async function claimGuestOrders(db: Db, ids: readonly string[], userId: string): Promise<number> {
  if (ids.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const claimable = await tx.order.findMany({ where: { id: { in: [...ids] }, buyerId: null }, select: { id: true } });
    const claimed = await tx.order.updateMany({
      where: { id: { in: claimable.map((o) => o.id) }, buyerId: null },
      data: { buyerId: userId },
    });
    for (const { id } of claimable)
      await audit(tx, { actorId: userId, action: "order.claimed", entity: "Order", entityId: id });
    return claimed.count;
  });
}

/**
 * For login and sign-up, after the session starts: claims this browser's guest orders for the
 * account and adds the header that forgets the cookie. Returns the same headers.
 */
export async function withClaimedGuestOrders(
  db: Db,
  request: Request,
  userId: string,
  headers: Headers,
): Promise<Headers> {
  if (readCookie(request, GUEST_ORDERS_COOKIE) === null) return headers;
  await claimGuestOrders(db, guestOrderIds(request), userId);
  headers.append("Set-Cookie", privateCookie(GUEST_ORDERS_COOKIE, "", 0));
  return headers;
}
