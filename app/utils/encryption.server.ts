import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Field-level encryption for sensitive personal data (disability group, certificate number…).
// Token format: enc:v1:<keyId>:<base64url iv>:<base64url ciphertext+tag>. The key id lets old
// rows stay readable while new writes use the current key, so keys can be rotated row by row.

const PREFIX = "enc:v1:";
const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
const IV_BYTES = 12; // the GCM standard nonce size; random per encryption
const TAG_BYTES = 16; // pinned so a truncated tag can never be accepted
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export type FieldCipherErrorCode = "malformed" | "unknownKey" | "authFailed";

/** Carries a code for callers; the message never contains plaintext or key material. */
export class FieldCipherError extends Error {
  constructor(
    readonly code: FieldCipherErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FieldCipherError";
  }
}

export type Keyring = { currentId: string; keys: ReadonlyMap<string, Buffer> };

/** Parses "keyId:base64key[,keyId:base64key…]"; the first entry encrypts, all decrypt. */
export function parseKeyring(keyring: string): Keyring {
  const entries = keyring.split(",").map((entry) => entry.trim());
  const keys = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    // Errors name the entry's position, never its content, because the content is a secret.
    const where = `encryption keyring entry ${index + 1}`;
    const [id = "", encoded = "", ...rest] = entry.split(":");
    if (rest.length > 0 || !KEY_ID.test(id) || !BASE64.test(encoded)) {
      throw new Error(`${where} must look like "keyId:base64key" (keyId: letters, digits, _ or -)`);
    }
    const key = Buffer.from(encoded, "base64");
    if (key.length !== KEY_BYTES) {
      throw new Error(`${where} must decode to ${KEY_BYTES} bytes, got ${key.length}`);
    }
    if (keys.has(id)) throw new Error(`${where} repeats key id "${id}"`);
    keys.set(id, key);
  });
  const [currentId] = keys.keys();
  if (currentId === undefined) throw new Error("encryption keyring is empty");
  return { currentId, keys };
}

/** A fresh "id:base64key" entry for .env files and dev setup. */
export function generateKeyringEntry(id: string): string {
  if (!KEY_ID.test(id)) throw new Error("key id must be 1-32 letters, digits, _ or -");
  return `${id}:${randomBytes(KEY_BYTES).toString("base64")}`;
}

export function isEncryptedField(value: string): boolean {
  return value.startsWith(PREFIX);
}

function parseToken(token: string) {
  const [keyId = "", iv64 = "", body64 = "", ...rest] = token.startsWith(PREFIX)
    ? token.slice(PREFIX.length).split(":")
    : [];
  const iv = Buffer.from(iv64, "base64url");
  const body = Buffer.from(body64, "base64url");
  if (rest.length > 0 || !KEY_ID.test(keyId) || iv.length !== IV_BYTES || body.length < TAG_BYTES) {
    throw new FieldCipherError("malformed", "not an enc:v1 field token");
  }
  return { keyId, iv, ciphertext: body.subarray(0, -TAG_BYTES), tag: body.subarray(-TAG_BYTES) };
}

export type FieldCipher = ReturnType<typeof createFieldCipher>;

/**
 * `aad` (associated data) should identify where the value lives, e.g. `${row.id}:certificateNumber`,
 * so a ciphertext copied into another row or column fails to decrypt instead of leaking there.
 */
export function createFieldCipher(keyring: string) {
  const { currentId, keys } = parseKeyring(keyring);

  function encrypt(plain: string, aad = ""): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, keys.get(currentId)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, "utf8"));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}${currentId}:${iv.toString("base64url")}:${body.toString("base64url")}`;
  }

  function decrypt(token: string, aad = ""): string {
    const { keyId, iv, ciphertext, tag } = parseToken(token);
    const key = keys.get(keyId);
    if (!key) throw new FieldCipherError("unknownKey", `no key with id "${keyId}" in the keyring`);
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
    } catch {
      // Wrong key, wrong AAD and tampering are indistinguishable by design of GCM.
      throw new FieldCipherError("authFailed", "field token failed authentication");
    }
  }

  return {
    encrypt,
    decrypt,
    needsRotation: (token: string): boolean => parseToken(token).keyId !== currentId,
    /** Re-encrypts under the current key; returns the token unchanged when already current. */
    rotate(token: string, aad = ""): string {
      return parseToken(token).keyId === currentId ? token : encrypt(decrypt(token, aad), aad);
    },
  };
}
