// Prints the current two-factor code of each demo staff account, for signing in during demos
// and manual testing: `npm run demo:totp`. The secrets are public demo values (see the seed).
import { DEMO_TOTP_SECRETS } from "../prisma/seed/content/demo-accounts";
import { currentTotpCode } from "~/utils/totp.server";

const PERIOD_SECONDS = 30;

const secondsLeft = PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % PERIOD_SECONDS);
const width = Math.max(...Object.keys(DEMO_TOTP_SECRETS).map((email) => email.length));
for (const [email, secret] of Object.entries(DEMO_TOTP_SECRETS)) {
  console.log(`${email.padEnd(width)}  ${await currentTotpCode(secret)}   key for an authenticator app: ${secret}`);
}
console.log(
  `\nValid for ${secondsLeft} more second${secondsLeft === 1 ? "" : "s"} (codes change every ${PERIOD_SECONDS} s).`,
);
