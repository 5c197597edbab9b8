import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { formatDate } from "~/utils/format";
import { formatMoney, fromMinor } from "~/utils/money";
import { queueEmail, queueSms } from "./outbox.server";

type Tx = Pick<Db, "notification" | "user" | "outboxEmail" | "outboxSms">;

/** Kinds have texts at notifications.<kind>.title / .body in app/locales/<language>/notifications.json. */
export type NoticeKind =
  | "order.placed"
  | "order.received"
  | "order.paymentExpired"
  | "order.paymentFailed"
  | "order.paymentLate"
  | "order.cancelled"
  | "order.cancelledByBuyer"
  | "order.refunded"
  | "review.received"
  | "review.answered"
  | "payout.recorded"
  | "listing.approved"
  | "listing.rejected"
  | "order.pickedUp"
  | "order.pickupFailed"
  | "order.delivered"
  | "order.atBranch"
  | "order.accepted"
  | "order.declined"
  | "order.ready"
  | "badge.requested"
  | "badge.granted"
  | "badge.grantedNoEnd"
  | "badge.sentBack"
  | "badge.lapsingSoon"
  | "badge.lapsed"
  | "badge.revoked"
  | "consent.withdrawn"
  | "checklist.waiting"
  | "subsidy.submitted"
  | "subsidy.countersignWaiting"
  | "subsidy.returned"
  | "subsidy.decisionWaiting"
  | "subsidy.approved"
  | "subsidy.rejected"
  | "subsidy.paid"
  | "certificate.verified"
  | "certificate.sentBack"
  | "certificate.expiringSoon"
  | "certificate.helpAnswered";

/** Plain values only, so the in-app list can render the same texts later in any language. */
export type NoticePayload = Record<string, string | number>;

export type Notice = {
  /** The account to notify in the app; null for a guest, who gets the email only. */
  userId: string | null;
  kind: NoticeKind;
  payload: NoticePayload;
  /** Another address than the account's (the contact email of an order), in this language. */
  email?: { to: string; locale: string };
  /** Text the phone as well as the email (state money: the person must hear of it wherever they look). */
  alsoText?: boolean;
};

/**
 * An in-app Notification row and, in the same transaction (the outbox), a translated email when
 * there is an address, or else a text message when the account has only a phone (most artisans
 * sign in by phone): a person hears about a change if and only if it was saved.
 */
export async function notify(tx: Tx, notice: Notice) {
  const user = notice.userId
    ? await tx.user.findUnique({ where: { id: notice.userId }, select: { email: true, phone: true, locale: true } })
    : null;
  if (user) {
    await tx.notification.create({
      data: { userId: notice.userId!, kind: notice.kind, payload: notice.payload as Prisma.InputJsonObject },
    });
  }
  const to = notice.email?.to ?? user?.email;
  const locale = asLocale(notice.email?.locale ?? user?.locale);
  const { t } = createI18n(locale);
  const values = noticeValues(notice.payload, locale);
  const title = t(`notifications.${notice.kind}.title`, values);
  if (to) {
    await queueEmail(tx, { to, subject: title, text: t(`notifications.${notice.kind}.body`, values) });
  }
  if (user?.phone && (!to || notice.alsoText)) {
    // A text message is short: the kind's own SMS text where it has one, else its title.
    const key = `notifications.${notice.kind}.sms`;
    const sms = t(key, values);
    await queueSms(tx, { to: user.phone, text: sms === key ? title : sms });
  }
}

function asLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Payload values that are Uzbek text (names, titles, a moderator's words): in the reader's script. */
const UZBEK_TEXT = ["title", "artisan", "name", "reason"];

// Codes a payload keeps (a consent purpose, a checklist step, a reason from a list), written out
// in the reader's language: `purposeCode: "CASE_RECORDS"` becomes `purpose: "Case records"`.
const CODE_TEXTS = {
  purposeCode: ["purpose", (code: string) => `consent.purpose.${code}.name`],
  stepCode: ["step", (code: string) => `checklist.step.${code}.name`],
  reasonCode: ["reasonName", (code: string) => `badges.reason.${code}`],
  refusalCode: ["refusal", (code: string) => `subsidies.reason.${code}`],
  certificateKindCode: ["certificateKind", (code: string) => `certificates.kind.${code}`],
} as const;

/** Names kept in every language (xUz, xRu, xEn), read in the reader's: a listing's title, a programme's name. */
const LOCALIZED = ["title", "programme"] as const;

/**
 * A payload as the texts read it, in the reader's language at reading time: `totalMinor: 1250000`
 * also becomes `total: "12 500 soʻm"`, `titleUz`/`titleRu`/`titleEn` become the `title` of that
 * language, and Uzbek text is written in the reader's script. Payloads keep plain, unlocalised values.
 */
export function noticeValues(payload: NoticePayload, locale: Locale): NoticePayload {
  const values: NoticePayload = { ...payload };
  for (const [key, value] of Object.entries(payload)) {
    if (key.endsWith("Minor") && typeof value === "number")
      values[key.slice(0, -5)] = formatMoney(fromMinor(value), locale);
    if (UZBEK_TEXT.includes(key) && typeof value === "string") values[key] = uzbekText(value, locale);
    // A day ("validUntilDay": "2027-01-31") reads as a date of the reader's language ("validUntil").
    if (key.endsWith("Day") && typeof value === "string") values[key.slice(0, -3)] = formatDate(value, locale);
  }
  for (const field of LOCALIZED)
    if (typeof payload[`${field}Uz`] === "string")
      values[field] = localized(payload as Record<`${typeof field}Uz`, string>, field, locale);
  for (const [key, [name, textKey]] of Object.entries(CODE_TEXTS)) {
    const code = payload[key];
    if (typeof code === "string") values[name] = createI18n(locale).t(textKey(code));
  }
  return values;
}

/** A listing's titles for a payload (kept in every language, chosen when read). */
export const payloadTitles = (row: {
  titleUz: string;
  titleRu: string | null;
  titleEn: string | null;
}): NoticePayload => ({
  titleUz: row.titleUz,
  ...(row.titleRu ? { titleRu: row.titleRu } : {}),
  ...(row.titleEn ? { titleEn: row.titleEn } : {}),
});
