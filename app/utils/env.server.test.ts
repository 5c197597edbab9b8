import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateKeyringEntry } from "./encryption.server";
import { loadEnv, uploadThingAppId } from "./env.server";

let dataDir: string;
const SECRET = "s".repeat(40);
const KEYS = generateKeyringEntry("k1");

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hunarmand-env-"));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Catches loadEnv's error so a test can inspect the message. */
function messageOf(source: Record<string, string>): string {
  try {
    loadEnv({ DATA_DIR: dataDir, ...source });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected loadEnv to fail");
}

describe("loadEnv defaults", () => {
  it("fills in development defaults", () => {
    const env = loadEnv({ DATA_DIR: dataDir, SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS });
    expect(env).toEqual({
      NODE_ENV: "development",
      PORT: 3000,
      HOST: "0.0.0.0",
      DATABASE_URL: undefined,
      APP_URL: "http://localhost:3000",
      SESSION_SECRET: SECRET,
      ENCRYPTION_KEYS: KEYS,
      MAIL_FROM: "Hunarmand <no-reply@hunarmand.uz>",
      SMTP_URL: undefined,
      TRUST_PROXY: false,
      LOG_LEVEL: "info",
      DATA_DIR: dataDir,
      SAME_DAY_PICKUP_UNTIL: "12:00",
      SMS_GATEWAY_URL: "https://notify.eskiz.uz",
      SMS_SENDER: "4546",
    });
  });

  it("parses valid values and treats blank ones as unset", () => {
    const env = loadEnv({
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      PORT: "8080",
      DATABASE_URL: "postgres://u:p@db:5432/hunarmand",
      APP_URL: "https://hunarmand.uz/",
      SESSION_SECRET: SECRET,
      ENCRYPTION_KEYS: KEYS,
      MAIL_FROM: "orders@hunarmand.uz",
      SMTP_URL: "  ",
      TRUST_PROXY: "Yes",
      LOG_LEVEL: "warn",
    });
    expect(env).toMatchObject({ PORT: 8080, APP_URL: "https://hunarmand.uz", TRUST_PROXY: true, SMTP_URL: undefined });
  });

  it("derives APP_URL from PORT and resolves DATA_DIR against cwd", () => {
    const env = loadEnv(
      { PORT: "4000", DATA_DIR: "data", SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS },
      { cwd: dataDir },
    );
    expect(env.APP_URL).toBe("http://localhost:4000");
    expect(env.DATA_DIR).toBe(path.join(dataDir, "data"));
  });
});

describe("loadEnv problems", () => {
  it.each([
    ["NODE_ENV", "staging", "must be development, production or test"],
    ["PORT", "80a", "must be a whole number from 1 to 65535"],
    ["PORT", "70000", "must be a whole number from 1 to 65535"],
    ["HOST", "my host", "without spaces"],
    ["DATABASE_URL", "mysql://u:hunter2@db/x", "must be a postgres:// or postgresql:// URL"],
    ["APP_URL", "shop.example.uz", "must be an absolute http:// or https:// URL"],
    ["SESSION_SECRET", "too-short-secret", "must be at least 32 characters long"],
    ["ENCRYPTION_KEYS", "k1:c2hvcnQ=", "entry 1 must decode to 32 bytes"],
    ["MAIL_FROM", "Hunarmand <nobody>", "must be an email address"],
    ["SMTP_URL", "http://mail.example.uz", "must be an smtp:// or smtps:// URL"],
    ["TRUST_PROXY", "maybe", "must be true or false"],
    ["LOG_LEVEL", "verbose", "must be fatal, error, warn"],
    ["SAME_DAY_PICKUP_UNTIL", "25:30", "must be a Tashkent time HH:MM"],
    ["SMS_GATEWAY_URL", "sms.example.uz/api", "must be an absolute http:// or https:// URL"],
    ["SMS_GATEWAY_EMAIL", "sms-at-hunarmand", "must be the email address of the Eskiz account"],
    ["SMS_SENDER", "HunarmandMarket", "must be the sender name approved by Eskiz"],
  ])("%s=%j gets its own line with an example and without the value", (variable, value, problem) => {
    const message = messageOf({ SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS, [variable]: value });
    const lines = message.split("\n").filter((text) => text.trimStart().startsWith(`${variable}:`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(problem);
    expect(lines[0]).toContain(`(example: ${variable}=`);
    expect(message).not.toContain(value);
  });

  it("collects every problem into one error", () => {
    const message = messageOf({ PORT: "x", LOG_LEVEL: "loud", APP_URL: "ftp://x" });
    expect(message).toMatch(/^Invalid environment \(3 problem\(s\)\):/);
    expect(message).toMatch(/PORT:.*\n.*APP_URL:.*\n.*LOG_LEVEL:/);
  });

  it("requires the secrets in a deployment (production with its own database) and does not generate them", () => {
    const message = messageOf({ NODE_ENV: "production", DATABASE_URL: "postgres://u:p@db:5432/h" });
    expect(message).toMatch(/SESSION_SECRET: is required in production/);
    expect(message).toMatch(/ENCRYPTION_KEYS: is required in production/);
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(false);
  });

  it("lets the production build run locally on the embedded database with generated secrets", () => {
    const env = loadEnv({ DATA_DIR: dataDir, NODE_ENV: "production" });
    expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(true);
  });

  it("never shows secret values, even invalid ones", () => {
    const leaked = "hunter2-but-only-19";
    const message = messageOf({ NODE_ENV: "production", SESSION_SECRET: leaked, ENCRYPTION_KEYS: `k1:${leaked}` });
    expect(message).not.toContain(leaked);
  });
});

describe("local secrets file", () => {
  const file = () => path.join(dataDir, "secrets.json");

  it("is generated on first use with owner-only permissions, then reused", () => {
    const first = loadEnv({ DATA_DIR: dataDir, NODE_ENV: "test" });
    expect(first.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(first.ENCRYPTION_KEYS).toMatch(/^dev1:/);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).toEqual(["secrets.json"]);

    const second = loadEnv({ DATA_DIR: dataDir, NODE_ENV: "development" });
    expect(second.SESSION_SECRET).toBe(first.SESSION_SECRET);
    expect(second.ENCRYPTION_KEYS).toBe(first.ENCRYPTION_KEYS);
  });

  it("is not created when both secrets are set", () => {
    loadEnv({ DATA_DIR: dataDir, SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS });
    expect(fs.existsSync(file())).toBe(false);
  });

  it("fills in only the secret that is missing", () => {
    const env = loadEnv({ DATA_DIR: dataDir, SESSION_SECRET: SECRET });
    expect(env.SESSION_SECRET).toBe(SECRET);
    expect(env.ENCRYPTION_KEYS).toBe(JSON.parse(fs.readFileSync(file(), "utf8")).ENCRYPTION_KEYS);
  });

  it("refuses a damaged file instead of silently replacing the keys", () => {
    fs.writeFileSync(file(), "{ not json");
    expect(() => loadEnv({ DATA_DIR: dataDir })).toThrow(/secrets\.json is unreadable or damaged; delete it/);
  });
});

describe("Stripe variables", () => {
  const base = { SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS };

  it("are optional and read when set", () => {
    const env = loadEnv({
      DATA_DIR: dataDir,
      ...base,
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      STRIPE_API_URL: "http://127.0.0.1:12111/",
    });
    expect(env).toMatchObject({
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      STRIPE_API_URL: "http://127.0.0.1:12111",
    });
    expect(loadEnv({ DATA_DIR: dataDir, ...base }).STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("name a malformed key without repeating it", () => {
    const message = messageOf({ ...base, STRIPE_SECRET_KEY: "pk_test_oops", STRIPE_WEBHOOK_SECRET: "whsec_abc" });
    expect(message).toContain("STRIPE_SECRET_KEY: must be a Stripe secret key");
    expect(message).not.toContain("pk_test_oops");
  });

  it("need the webhook secret with the key, and the key with the secret", () => {
    expect(messageOf({ ...base, STRIPE_SECRET_KEY: "sk_test_123" })).toContain(
      "STRIPE_WEBHOOK_SECRET: is required when STRIPE_SECRET_KEY is set",
    );
    expect(messageOf({ ...base, STRIPE_WEBHOOK_SECRET: "whsec_abc" })).toContain(
      "STRIPE_SECRET_KEY: is required when STRIPE_WEBHOOK_SECRET is set",
    );
  });
});

describe("UploadThing variables", () => {
  const base = { DATA_DIR: dataDir, SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS };
  const token = Buffer.from(JSON.stringify({ apiKey: "sk_live_x", appId: "abc123", regions: ["sea1"] })).toString(
    "base64",
  );

  it("reads a token from the dashboard, and reads its app id", () => {
    expect(loadEnv({ ...base, UPLOADTHING_TOKEN: token }).UPLOADTHING_TOKEN).toBe(token);
    expect(uploadThingAppId(token)).toBe("abc123");
  });

  it("names a token that is not one without repeating it", () => {
    const message = messageOf({
      SESSION_SECRET: SECRET,
      ENCRYPTION_KEYS: KEYS,
      UPLOADTHING_TOKEN: "sk_live_pasted_the_key_instead",
    });
    expect(message).toContain("UPLOADTHING_TOKEN: must be the token from the UploadThing dashboard");
    expect(message).not.toContain("sk_live_pasted_the_key_instead");
    expect(uploadThingAppId(Buffer.from('{"appId":1}').toString("base64"))).toBeNull();
  });
});

describe("SMS gateway variables", () => {
  const base = { SESSION_SECRET: SECRET, ENCRYPTION_KEYS: KEYS };

  it("are read when set, with the gateway URL's trailing slash dropped", () => {
    const env = loadEnv({
      ...base,
      DATA_DIR: dataDir,
      SMS_GATEWAY_URL: "http://127.0.0.1:12113/",
      SMS_GATEWAY_EMAIL: "sms@hunarmand.uz",
      SMS_GATEWAY_PASSWORD: "eskiz-api-key",
      SMS_SENDER: "Hunarmand",
    });
    expect(env).toMatchObject({
      SMS_GATEWAY_URL: "http://127.0.0.1:12113",
      SMS_GATEWAY_EMAIL: "sms@hunarmand.uz",
      SMS_GATEWAY_PASSWORD: "eskiz-api-key",
      SMS_SENDER: "Hunarmand",
    });
    expect(loadEnv({ ...base, DATA_DIR: dataDir }).SMS_GATEWAY_EMAIL).toBeUndefined();
  });

  it("need the password with the email, and the email with the password, without repeating either", () => {
    const withoutPassword = messageOf({ ...base, SMS_GATEWAY_EMAIL: "sms@hunarmand.uz" });
    expect(withoutPassword).toContain("SMS_GATEWAY_PASSWORD: is required when SMS_GATEWAY_EMAIL is set");
    expect(withoutPassword).not.toContain("sms@hunarmand.uz");
    const withoutEmail = messageOf({ ...base, SMS_GATEWAY_PASSWORD: "eskiz-api-key" });
    expect(withoutEmail).toContain("SMS_GATEWAY_EMAIL: is required when SMS_GATEWAY_PASSWORD is set");
    expect(withoutEmail).not.toContain("eskiz-api-key");
  });
});
