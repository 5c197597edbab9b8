import type { AppLoadContext } from "@remix-run/node";
import type { Db } from "~/utils/db.server";
import type { LoginIdentifier } from "~/utils/phone";
import { countAttempt, forgiveAttempt, type Limit } from "~/utils/rate-limit.server";
import { tokenDigest } from "~/utils/tokens.server";
import { clientIp } from "./client-ip.server";

// The rate-limit policies of the account forms. Counts are shared by every app process (see
// rate-limit.server.ts). Each route calls one of the count* functions below before the real work.

const MINUTE = 60_000;

export type CountedAttempt = { allowed: boolean; retryAfterMs: number; forgive: () => Promise<void> };

async function count(db: Db, limits: Limit[], forgetOnSuccess: string[] = []): Promise<CountedAttempt> {
  const attempt = await countAttempt(db, limits);
  return { ...attempt, forgive: () => forgiveAttempt(db, attempt, forgetOnSuccess) };
}

// An account goes into a key as a keyed digest: the table holds no email address or phone number,
// and no typed value is too long for the key.
const account = (identifier: LoginIdentifier) =>
  tokenDigest("email" in identifier ? identifier.email : identifier.phone);

/**
 * Login, keyed by the NORMALISED identifier (email lowercased, phone in E.164) whether or not such an
 * account exists, so writing a number another way gains nothing. 10 per 15 minutes per address and
 * account: plenty for a person who mistypes, about a thousand a day for a guesser.
 * Not per account from any address: anyone could then lock a person out by failing on purpose.
 * Plus 20 failures per 15 minutes per address across accounts: one address trying some 25 accounts
 * is spraying a common password. Mobile carriers put many people behind one address (CGNAT), so this
 * ceiling could hold back people who share it; only failures count (the right password gives its hit
 * back), and 20 in 15 minutes is far more than the people behind one address mistype. Lower would
 * shut out a carrier's neighbourhood sooner, higher would give a sprayer more accounts per address.
 */
export function countLoginAttempt(db: Db, context: AppLoadContext, identifier: LoginIdentifier) {
  const ip = clientIp(context);
  const ipAndAccount = `login:ip+account:${ip}:${account(identifier)}`;
  const limits = [
    { key: ipAndAccount, max: 10, windowMs: 15 * MINUTE },
    { key: `login:ip:${ip}`, max: 20, windowMs: 15 * MINUTE },
  ];
  return count(db, limits, [ipAndAccount]);
}

/**
 * A welcome code typed with a phone number (/welcome), counted like a login: 10 per 15 minutes per
 * address and normalised phone, whether or not a code was issued for it, and 20 failures per 15
 * minutes per address across phones. A code is 8 characters of 31 (about 8.5·10^11) bound to one
 * phone and valid 72 hours, so these keep guessing hopeless; a person copying a code off a sheet
 * mistypes it a few times at most. Not per phone from any address: anyone could then lock a person
 * out of the code on their sheet by failing on purpose.
 */
export function countWelcomeCodeAttempt(db: Db, context: AppLoadContext, phone: string) {
  const ip = clientIp(context);
  const ipAndPhone = `welcome:ip+phone:${ip}:${account({ phone })}`;
  const limits = [
    { key: ipAndPhone, max: 10, windowMs: 15 * MINUTE },
    { key: `welcome:ip:${ip}`, max: 20, windowMs: 15 * MINUTE },
  ];
  return count(db, limits, [ipAndPhone]);
}

/**
 * Password reset: 5 an hour per email address from any client address, since what is attacked is
 * that inbox (a person needs one or two, and every mail sent still carries a working link). Plus 20
 * an hour per client address across emails, against one machine mailing many people; people
 * behind one carrier address rarely all forget their passwords in the same hour.
 */
export function countResetRequest(db: Db, context: AppLoadContext, email: string) {
  return count(db, [
    { key: `reset:email:${account({ email: email.toLowerCase() })}`, max: 5, windowMs: 60 * MINUTE },
    { key: `reset:ip:${clientIp(context)}`, max: 20, windowMs: 60 * MINUTE },
  ]);
}

/**
 * Two-factor: 10 wrong codes an hour per account from any address. Only someone who had the password
 * gets here (so nobody else can lock the account), and six digits are guessable from many addresses
 * at once. Three codes are valid at a time (clock drift), so 10 an hour make a lucky guess take about
 * four years on average, each try in the audit log; a person mistypes a code a few times at most.
 * Plus 30 per 15 minutes per address across accounts; staff are few, so a shared office (or the
 * browser tests, all from one address and sometimes replaying a code) stays well below.
 */
export function countTwoFactorAttempt(db: Db, context: AppLoadContext, userId: string) {
  const accountKey = `totp:user:${userId}`;
  const limits = [
    { key: accountKey, max: 10, windowMs: 60 * MINUTE },
    { key: `totp:ip:${clientIp(context)}`, max: 30, windowMs: 15 * MINUTE },
  ];
  return count(db, limits, [accountKey]);
}

/** Sign-up: 30 accounts an hour per address; more is a script, fewer could stop a class or an office. */
export function countSignup(db: Db, context: AppLoadContext) {
  return count(db, [{ key: `signup:ip:${clientIp(context)}`, max: 30, windowMs: 60 * MINUTE }]);
}

/** The answer's status and headers when an attempt is refused: 429, and when to come back. */
export const tooManyAttempts = (attempt: Pick<CountedAttempt, "retryAfterMs">): ResponseInit => ({
  status: 429,
  headers: { "Retry-After": String(Math.ceil(attempt.retryAfterMs / 1000)) },
});
