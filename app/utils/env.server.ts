import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { generateKeyringEntry, parseKeyring } from "./encryption.server";

// Validates the environment once at start. Messages name the variable and the rule it breaks but
// never repeat the value: several variables carry passwords or keys.

const DEFAULT_MAIL_FROM = "Hunarmand <no-reply@hunarmand.uz>";
const DEFAULT_SMS_GATEWAY_URL = "https://notify.eskiz.uz";
// Eskiz's shared short code; our own sender name (up to 11 characters) needs Eskiz's approval.
const DEFAULT_SMS_SENDER = "4546";
const RANDOM_32 = "<output of `openssl rand -base64 32`>";
const ADDRESS = String.raw`[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+`;

const urlWithScheme = (...schemes: string[]) =>
  z.string().refine((value) => URL.canParse(value) && schemes.includes(new URL(value).protocol));

// The keyring parser says which entry is wrong (never its content); that detail goes into the message.
/** The app id inside an UploadThing token (base64 of {"apiKey","appId","regions"}), or null. */
export function uploadThingAppId(token: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as Record<string, unknown>;
    const ok = typeof parsed.apiKey === "string" && typeof parsed.appId === "string" && Array.isArray(parsed.regions);
    return ok ? (parsed.appId as string) : null;
  } catch {
    return null;
  }
}
const isUploadThingToken = (token: string) => uploadThingAppId(token) !== null;

const keyring = z.string().superRefine((value, ctx) => {
  try {
    parseKeyring(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message, params: { detail: true } });
  }
});

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(1).max(65535)).default(3000),
  HOST: z.string().regex(/^\S+$/).default("0.0.0.0"),
  DATABASE_URL: urlWithScheme("postgres:", "postgresql:").optional(),
  APP_URL: urlWithScheme("http:", "https:")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  ENCRYPTION_KEYS: keyring.optional(),
  MAIL_FROM: z
    .string()
    .regex(new RegExp(`^(?:[^<>\\r\\n]*<${ADDRESS}>|${ADDRESS})$`))
    .default(DEFAULT_MAIL_FROM),
  SMTP_URL: urlWithScheme("smtp:", "smtps:").optional(),
  TRUST_PROXY: z.stringbool().default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATA_DIR: z.string().default("./data"),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_\S+$/)
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\S+$/)
    .optional(),
  STRIPE_API_URL: urlWithScheme("http:", "https:")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  UPLOADTHING_TOKEN: z.string().refine(isUploadThingToken).optional(),
  UPLOADTHING_INGEST_URL: urlWithScheme("http:", "https:").optional(),
  UPLOADTHING_FILES_URL: urlWithScheme("http:", "https:").optional(),
  SAME_DAY_PICKUP_UNTIL: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/)
    .default("12:00"),
  SMS_GATEWAY_URL: urlWithScheme("http:", "https:")
    .transform((url) => url.replace(/\/+$/, ""))
    .default(DEFAULT_SMS_GATEWAY_URL),
  SMS_GATEWAY_EMAIL: z
    .string()
    .regex(new RegExp(`^${ADDRESS}$`))
    .optional(),
  SMS_GATEWAY_PASSWORD: z.string().optional(),
  SMS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 .-]{0,10}$/)
    .default(DEFAULT_SMS_SENDER),
});
type Variable = keyof typeof schema.shape;

/** What each variable must look like and a valid example, for the start-up error. */
const HELP: Record<Variable, [rule: string, example: string]> = {
  NODE_ENV: ["must be development, production or test", "production"],
  PORT: ["must be a whole number from 1 to 65535", "3000"],
  HOST: ["must be a host name or IP address without spaces", "0.0.0.0"],
  DATABASE_URL: [
    "must be a postgres:// or postgresql:// URL",
    "postgresql://hunarmand:password@localhost:5432/hunarmand",
  ],
  APP_URL: ["must be an absolute http:// or https:// URL", "https://hunarmand.uz"],
  SESSION_SECRET: ["must be at least 32 characters long", RANDOM_32],
  ENCRYPTION_KEYS: ["must be keyId:base64key[,keyId:base64key…] with 32-byte keys", `k2025:${RANDOM_32}`],
  MAIL_FROM: ["must be an email address, optionally as Name <address>", DEFAULT_MAIL_FROM],
  SMTP_URL: ["must be an smtp:// or smtps:// URL", "smtps://user:password@smtp.example.uz:465"],
  TRUST_PROXY: ["must be true or false (1/0, yes/no and on/off also work)", "true"],
  LOG_LEVEL: ["must be fatal, error, warn, info, debug, trace or silent", "info"],
  DATA_DIR: ["must be a directory path", "./data"],
  STRIPE_SECRET_KEY: ["must be a Stripe secret key (sk_… or rk_…)", "sk_live_…"],
  STRIPE_WEBHOOK_SECRET: ["must be a Stripe webhook signing secret (whsec_…)", "whsec_…"],
  STRIPE_API_URL: ["must be an absolute http:// or https:// URL (only for a fake Stripe)", "http://127.0.0.1:12111"],
  UPLOADTHING_TOKEN: [
    "must be the token from the UploadThing dashboard (base64 of apiKey, appId, regions)",
    "eyJhcGlLZXkiOi…",
  ],
  UPLOADTHING_INGEST_URL: [
    "must be an absolute http:// or https:// URL (only for a fake UploadThing)",
    "http://127.0.0.1:12112",
  ],
  UPLOADTHING_FILES_URL: [
    "must be an absolute http:// or https:// URL (only for a fake UploadThing)",
    "http://127.0.0.1:12112/f",
  ],
  SAME_DAY_PICKUP_UNTIL: [
    "must be a Tashkent time HH:MM (00:00–24:00) until which today's pickup windows are offered",
    "12:00",
  ],
  SMS_GATEWAY_URL: ["must be an absolute http:// or https:// URL (Eskiz, or a fake of it)", DEFAULT_SMS_GATEWAY_URL],
  SMS_GATEWAY_EMAIL: ["must be the email address of the Eskiz account", "sms@hunarmand.uz"],
  SMS_GATEWAY_PASSWORD: ["must be the password (API key) of the Eskiz account", "<from the Eskiz cabinet>"],
  SMS_SENDER: [
    "must be the sender name approved by Eskiz: up to 11 Latin letters, digits, spaces, dots or hyphens",
    DEFAULT_SMS_SENDER,
  ],
};

export type Env = Omit<z.infer<typeof schema>, "APP_URL" | "SESSION_SECRET" | "ENCRYPTION_KEYS"> & {
  APP_URL: string;
  SESSION_SECRET: string;
  ENCRYPTION_KEYS: string;
};
type Secrets = Pick<Env, "SESSION_SECRET" | "ENCRYPTION_KEYS">;
const secretsSchema = z.object({ SESSION_SECRET: schema.shape.SESSION_SECRET.unwrap(), ENCRYPTION_KEYS: keyring });

function line(variable: Variable, problem: string): string {
  return `  ${variable}: ${problem} (example: ${variable}=${HELP[variable][1]})`;
}

function readSecrets(file: string): Secrets {
  try {
    return secretsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch {
    throw new Error(
      `${file} is unreadable or damaged; delete it to generate new secrets (data encrypted with the old key is then lost)`,
    );
  }
}

/**
 * Development and test get working secrets without setup: generated once into
 * <DATA_DIR>/secrets.json (readable by the owner only) and reused, so sessions and encrypted
 * rows survive restarts. Production must set them explicitly.
 */
function localSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return readSecrets(file);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Written aside, then linked into place: link() fails if another process (dev server, test
  // worker) won the race, and nobody can ever read a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  const fresh: Secrets = {
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEYS: generateKeyringEntry("dev1"),
  };
  fs.writeFileSync(draft, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readSecrets(file);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

export function loadEnv(source: Record<string, string | undefined> = process.env, opts: { cwd?: string } = {}): Env {
  // Blank values (common in .env templates) count as unset, so defaults apply.
  const raw = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, source[name]?.trim() || undefined]),
  ) as Partial<Record<Variable, string>>;
  const result = schema.safeParse(raw);
  const problems = new Map<Variable, string>();
  for (const issue of result.error?.issues ?? []) {
    const variable = issue.path[0] as Variable;
    const detail = issue.code === "custom" && issue.params?.detail ? ` (${issue.message})` : "";
    if (!problems.has(variable)) problems.set(variable, HELP[variable][0] + detail);
  }
  // A deployment is production with its own database. `npm start` on a laptop runs the production
  // build on the embedded database, where generated local secrets are right.
  // (The server sets HUNARMAND_LOCAL_MODE when it started the embedded database itself.)
  const deployment = raw.DATABASE_URL && source.HUNARMAND_LOCAL_MODE !== "1";
  if ((result.data?.NODE_ENV ?? raw.NODE_ENV) === "production" && deployment) {
    for (const variable of ["SESSION_SECRET", "ENCRYPTION_KEYS"] as const) {
      if (!raw[variable]) problems.set(variable, "is required in production (with DATABASE_URL set)");
    }
  }
  // Stripe needs both: the key to take payments, the secret to trust the webhooks reporting them.
  const stripePair = [
    ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"],
    ["STRIPE_WEBHOOK_SECRET", "STRIPE_SECRET_KEY"],
  ] as const;
  // Eskiz logs in with both; one without the other would fail at the first message, not at start.
  const smsPair = [
    ["SMS_GATEWAY_EMAIL", "SMS_GATEWAY_PASSWORD"],
    ["SMS_GATEWAY_PASSWORD", "SMS_GATEWAY_EMAIL"],
  ] as const;
  for (const [given, needed] of [...stripePair, ...smsPair]) {
    if (raw[given] && !raw[needed]) problems.set(needed, `is required when ${given} is set`);
  }
  if (!result.success || problems.size > 0) {
    const lines = [...problems].map(([variable, problem]) => line(variable, problem));
    throw new Error(`Invalid environment (${problems.size} problem(s)):\n${lines.join("\n")}`);
  }
  const env = result.data;
  const DATA_DIR = path.resolve(opts.cwd ?? process.cwd(), env.DATA_DIR);
  let local: Secrets | undefined;
  const fromFile = () => (local ??= localSecrets(DATA_DIR)); // only touch the disk when needed
  return {
    ...env,
    DATA_DIR,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    SESSION_SECRET: env.SESSION_SECRET ?? fromFile().SESSION_SECRET,
    ENCRYPTION_KEYS: env.ENCRYPTION_KEYS ?? fromFile().ENCRYPTION_KEYS,
  };
}

let cached: { key: string; env: Env } | undefined;
const NAMES = [...Object.keys(schema.shape), "HUNARMAND_LOCAL_MODE"];

/**
 * The validated process environment, parsed on first use and again only if it changed (test files
 * sharing a process each serve the app with their own database and port).
 */
export function getEnv(): Env {
  const key = NAMES.map((name) => process.env[name] ?? "").join("\0");
  if (cached?.key !== key) cached = { key, env: loadEnv() };
  return cached.env;
}

/** A value made from the environment in force (a client, a cipher), made again when it changes. */
export function fromEnv<T>(make: (env: Env) => T): () => T {
  let made: { env: Env; value: T } | undefined;
  return () => {
    const env = getEnv();
    if (made?.env !== env) made = { env, value: make(env) };
    return made.value;
  };
}
