import { GUEST_CART_COOKIE } from "~/modules/cart/cart.server";
import { GUEST_ORDERS_COOKIE } from "~/modules/orders/guest-orders.server";
import { readCookie } from "~/utils/cookies";
import { SESSION_COOKIE } from "~/utils/session.server";

// Private by default: every answer is `Cache-Control: private, no-store` unless it is one of the
// public catalog pages, asked without anything that makes it someone's own page (a session, a
// guest's cart or orders). So a page added later is never cached by a browser or proxy until
// someone decides it is public.

/** Pages the same for every visitor (their .data twins included). */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/_root$/,
  /^\/catalog$/,
  /^\/search$/,
  /^\/l\/[^/]+$/,
  /^\/a\/[^/]+$/,
  /^\/sitemap\.xml$/,
  /^\/robots\.txt$/,
  /^\/(?:about|contact|privacy|accessibility)$/, // the static pages about the platform
];

const PERSONAL_COOKIES = [SESSION_COOKIE, GUEST_CART_COOKIE, GUEST_ORDERS_COOKIE];

export function isPrivateRequest(request: Request): boolean {
  if (PERSONAL_COOKIES.some((name) => readCookie(request, name) !== null)) return true;
  if (request.method !== "GET" && request.method !== "HEAD") return true;
  const path = new URL(request.url).pathname.replace(/\.data$/, "");
  return !PUBLIC_PAGES.some((page) => page.test(path));
}

/**
 * Whether an answer must be sent `private, no-store`: a private request, or an answer that sets a
 * cookie (a shared cache would hand that cookie to every later visitor of a public page).
 */
export function isPrivateAnswer(request: Request, response: Response): boolean {
  return isPrivateRequest(request) || response.headers.has("Set-Cookie");
}
