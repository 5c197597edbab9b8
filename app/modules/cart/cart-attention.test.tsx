import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/utils/i18n/i18n.server";
import { fromMinor } from "~/utils/money";
import { CartAttention } from "./cart-attention";
import { EMPTY_CART, type CartLine, type CartSummary } from "./summary.server";

const line = (over: Partial<CartLine>): CartLine => ({
  listingId: "l1",
  slug: "kosa",
  title: "Koʻk kosa",
  image: null,
  quantity: 3,
  stock: 5,
  unitPrice: fromMinor(12_000_000),
  priceAtAdd: fromMinor(12_000_000),
  payableQuantity: 3,
  lineTotal: fromMinor(36_000_000),
  priceChanged: false,
  stockShort: false,
  unavailable: false,
  soldOut: false,
  ...over,
});

const summaryOf = (lines: CartLine[]): CartSummary => ({
  ...EMPTY_CART,
  groups: [{ artisanId: "a", artisanName: "Usta", artisanHandle: "usta", lines, subtotal: fromMinor(0) }],
  needsAttention: true,
});

const render = (summary: CartSummary, locale: "uz" | "ru") =>
  renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(locale)}>
      <CartAttention summary={summary} />
    </I18nextProvider>,
  );

describe("the cart's notice of changes", () => {
  it("says plainly, in a status region, what changed: old and new price, stock left, off sale", () => {
    const html = render(
      summaryOf([
        line({ priceChanged: true, priceAtAdd: fromMinor(10_000_000) }),
        line({ listingId: "l2", title: "Doʻppi", stock: 1, stockShort: true }),
        line({ listingId: "l3", title: "Gilam", unavailable: true }),
        line({ listingId: "l4", title: "Kosa", unavailable: true, soldOut: true }),
      ]),
      "ru",
    );
    expect(html).toContain('role="status"');
    expect(html).toContain("было 100\u00A0000\u00A0сум, стало 120\u00A0000\u00A0сум");
    expect(html).toContain("«Doʻppi»: осталась только 1 штука");
    expect(html).toContain("«Gilam» сейчас не продаётся");
    // None left: it sold out, which says more than "not on sale now".
    expect(html).toContain("«Kosa»: товар закончился");
    expect(html).not.toContain("«Kosa» сейчас не продаётся");
  });

  it("shows nothing when nothing changed", () => {
    expect(render({ ...summaryOf([line({})]), needsAttention: false }, "uz")).toBe("");
  });
});
