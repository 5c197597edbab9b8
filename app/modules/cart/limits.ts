/**
 * The most pieces of one listing a cart line (and so an order line) may hold: a sanity bound, not a
 * business rule. The cart and checkout share it, so a line the cart accepted is never refused later.
 */
export const MAX_QUANTITY = 999;

/** How many of a listing one cart line can hold now: its stock, within MAX_QUANTITY. */
export const mostOf = (stock: number) => Math.min(stock, MAX_QUANTITY);
