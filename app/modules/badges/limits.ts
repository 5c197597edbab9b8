/** How many granted badges /badges lists (newest first), for revoking; the page says when there are more. */
export const GRANTED_SHOWN = 50;
