import type { Line, Session } from "./objects";

// The fake's stand-in for checkout.stripe.com: one accessible page with the order, a prefilled
// test card and Pay / Cancel. Stripe Checkout has no Uzbek, so like Stripe it speaks Russian or English.

const TEXT = {
  en: {
    title: "Pay",
    heading: "Pay for your order",
    item: "Item",
    qty: "Quantity",
    price: "Price",
    total: "Total",
    card: "Card number",
    pay: "Pay",
    cancel: "Cancel",
    expired: "This payment page has expired.",
    done: "This order is already paid.",
    declined: "Your card was declined. Try another card.",
  },
  ru: {
    title: "Оплата",
    heading: "Оплата заказа",
    item: "Товар",
    qty: "Количество",
    price: "Цена",
    total: "Итого",
    card: "Номер карты",
    pay: "Оплатить",
    cancel: "Отмена",
    expired: "Срок действия страницы оплаты истёк.",
    done: "Этот заказ уже оплачен.",
    declined: "Карта отклонена. Попробуйте другую карту.",
  },
};
export type PageMessage = "declined" | undefined;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "UZS 125,000.00", from minor units, in integer arithmetic. */
export function formatAmount(minor: number): string {
  const fraction = String(minor % 100).padStart(2, "0");
  const whole = String((minor - (minor % 100)) / 100).replace(/\B(?=(\d{3})+$)/g, ",");
  return `UZS ${whole}.${fraction}`;
}

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9}
main{max-width:32rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #d0d4da;border-radius:.5rem}
table{width:100%;border-collapse:collapse;margin-block:1rem}th,td{text-align:start;padding:.25rem}td.n,th.n{text-align:end}
label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;width:100%;box-sizing:border-box;min-height:44px;padding:.5rem;border:1px solid #5f6670;border-radius:.25rem}
.actions{display:flex;gap:1rem;margin-top:1.5rem}button{font:inherit;min-height:44px;min-width:44px;padding:.5rem 1.25rem;border-radius:.25rem;border:2px solid #3c3f99;cursor:pointer}
.pay{background:#3c3f99;color:#fff}.cancel{background:#fff;color:#3c3f99}
:focus-visible{outline:3px solid #b3261e;outline-offset:2px}[role=alert]{color:#b3261e;font-weight:600}`;

export function hostedPage(session: Session, lines: Line[], message?: PageMessage): string {
  const text = session.locale === "ru" ? TEXT.ru : TEXT.en;
  const rows = lines
    .map(
      (l) =>
        `<tr><td>${escape(l.name)}</td><td class="n">${l.quantity}</td><td class="n">${formatAmount(l.unitAmount * l.quantity)}</td></tr>`,
    )
    .join("");
  const form =
    session.status === "open"
      ? `<form method="post">
<label for="card">${text.card}</label>
<input id="card" name="card" inputmode="numeric" autocomplete="cc-number" value="4242 4242 4242 4242" required>
<div class="actions"><button class="pay" name="action" value="pay">${text.pay} ${formatAmount(session.amount_total)}</button>
<button class="cancel" name="action" value="cancel" formnovalidate>${text.cancel}</button></div></form>`
      : `<p>${session.status === "expired" ? text.expired : text.done}</p>`;
  return `<!doctype html><html lang="${session.locale === "ru" ? "ru" : "en"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title} · ${formatAmount(session.amount_total)}</title><style>${STYLE}</style></head>
<body><main><h1>${text.heading}</h1>
${message === "declined" ? `<p role="alert">${text.declined}</p>` : ""}
<table><thead><tr><th scope="col">${text.item}</th><th scope="col" class="n">${text.qty}</th><th scope="col" class="n">${text.price}</th></tr></thead>
<tbody>${rows}</tbody><tfoot><tr><th scope="row" colspan="2">${text.total}</th><td class="n">${formatAmount(session.amount_total)}</td></tr></tfoot></table>
${form}</main></body></html>`;
}
