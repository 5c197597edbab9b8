/** The most pieces of one listing a single form may ask for; stock caps it further. */
export const MAX_QUANTITY = 999;
