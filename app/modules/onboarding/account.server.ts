import { renderSVG } from "uqr";
import {
  accountsWithPassword,
  issueWelcome,
  pendingWelcomeUntil,
  welcomeLink,
  welcomePage,
  type WelcomeVia,
} from "~/modules/accounts/welcome.server";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { formatPhone } from "~/utils/phone";
import type { Outcome } from "~/utils/result";

// The account step of a home visit: the artisan's login (their phone) and a way to choose their
// own password, by text message or on a printed sheet. Only artisans of the worker's districts.

/** An artisan of the worker's districts, with their account's phone; null for anyone else's. */
const artisanOfWorker = (db: Pick<Db, "artisanProfile">, workerId: string, artisanId: string) =>
  db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: { id: true, displayName: true, userId: true, user: { select: { phone: true } } },
  });

/** The account page's facts: the login, whether the artisan has chosen a password, a welcome still usable. */
export async function artisanAccount(db: Db, workerId: string, artisanId: string, locale: Locale) {
  const artisan = await artisanOfWorker(db, workerId, artisanId);
  if (!artisan) return null;
  const [withPassword, pendingUntil] = await Promise.all([
    accountsWithPassword(db, [artisan.userId]),
    pendingWelcomeUntil(db, artisan.userId),
  ]);
  return {
    id: artisan.id,
    name: uzbekText(artisan.displayName, locale),
    phone: artisan.user.phone ? formatPhone(artisan.user.phone) : null,
    hasPassword: withPassword.has(artisan.userId),
    pendingUntil,
  };
}

/** What the printed sheet shows; the link is only inside the QR code, never as text. */
export type WelcomeSheet = {
  name: string;
  phone: string;
  code: string;
  expiresAt: Date;
  page: string;
  qrSvg: string;
};

/**
 * Issues the artisan's welcome (see issueWelcome): texted, or returned for the sheet printed now
 * (only digests are stored, so printing again means a new code). Another district's artisan: not found.
 */
export async function issueArtisanWelcome(
  db: Db,
  worker: { id: string },
  artisanId: string,
  via: WelcomeVia,
  options: { appUrl: string; locale: Locale },
): Promise<Outcome<"notFound" | "noPhone", { sheet: WelcomeSheet }>> {
  return db.$transaction(async (tx: Tx) => {
    const artisan = await artisanOfWorker(tx, worker.id, artisanId);
    if (!artisan) return { ok: false as const, reason: "notFound" as const };
    const phone = artisan.user.phone;
    if (!phone) return { ok: false as const, reason: "noPhone" as const };
    const issued = await issueWelcome(tx, {
      userId: artisan.userId,
      issuedById: worker.id,
      via,
      appUrl: options.appUrl,
    });
    const sheet: WelcomeSheet = {
      name: uzbekText(artisan.displayName, options.locale),
      phone: formatPhone(phone),
      code: issued.code,
      expiresAt: issued.expiresAt,
      // Read and typed off paper: the address without "https://", which any browser adds.
      page: welcomePage(options.appUrl).replace(/^https?:\/\//, ""),
      qrSvg: renderSVG(welcomeLink(options.appUrl, issued.token), { ecc: "M", border: 4 }),
    };
    return { ok: true as const, sheet };
  });
}
