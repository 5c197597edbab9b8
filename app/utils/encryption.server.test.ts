import { describe, expect, it } from "vitest";
import {
  createFieldCipher,
  FieldCipherError,
  generateKeyringEntry,
  isEncryptedField,
  parseKeyring,
} from "./encryption.server";

const oldEntry = generateKeyringEntry("k2024");
const newEntry = generateKeyringEntry("k2025");
const AAD = "artisan_1:certificateNumber";

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof FieldCipherError ? error.code : "other";
  }
  return undefined;
}

describe("createFieldCipher", () => {
  const cipher = createFieldCipher(oldEntry);

  it("round-trips text, including Uzbek Latin, Cyrillic and emoji", () => {
    for (const plain of ["AB 1234567", "Oʻgʻil, gʻalla", "Ногиронлик II гуруҳ", "🧵✂️", ""]) {
      const token = cipher.encrypt(plain, AAD);
      expect(isEncryptedField(token)).toBe(true);
      expect(token).not.toContain(plain || "\u0000");
      expect(cipher.decrypt(token, AAD)).toBe(plain);
    }
  });

  it("uses a fresh IV, so equal values do not produce equal tokens", () => {
    expect(cipher.encrypt("II", AAD)).not.toBe(cipher.encrypt("II", AAD));
  });

  it("follows the documented token format", () => {
    expect(cipher.encrypt("x", AAD)).toMatch(/^enc:v1:k2024:[\w-]{16}:[\w-]+$/);
  });

  it("refuses a token whose key id is not in the keyring", () => {
    const other = createFieldCipher(newEntry).encrypt("x", AAD);
    expect(codeOf(() => cipher.decrypt(other, AAD))).toBe("unknownKey");
  });

  it("detects tampering with the ciphertext", () => {
    const parts = cipher.encrypt("group II", AAD).split(":");
    const body = Buffer.from(parts[4]!, "base64url");
    body[0]! ^= 1;
    parts[4] = body.toString("base64url");
    expect(codeOf(() => cipher.decrypt(parts.join(":"), AAD))).toBe("authFailed");
  });

  it("fails when the token is moved to another row or column (AAD)", () => {
    const token = cipher.encrypt("group II", AAD);
    expect(codeOf(() => cipher.decrypt(token, "artisan_2:certificateNumber"))).toBe("authFailed");
    expect(codeOf(() => cipher.decrypt(token))).toBe("authFailed");
  });

  it("rejects malformed tokens", () => {
    for (const token of ["plain text", "enc:v1:k2024:abc", "enc:v2:k2024:a:b", "enc:v1:k2024:AAAA:AAAA"]) {
      expect(codeOf(() => cipher.decrypt(token))).toBe("malformed");
    }
  });
});

describe("key rotation", () => {
  const before = createFieldCipher(oldEntry);
  const after = createFieldCipher(`${newEntry},${oldEntry}`);

  it("decrypts old tokens and re-encrypts them under the current key", () => {
    const oldToken = before.encrypt("III", AAD);
    expect(after.needsRotation(oldToken)).toBe(true);
    const rotated = after.rotate(oldToken, AAD);
    expect(rotated.startsWith("enc:v1:k2025:")).toBe(true);
    expect(after.needsRotation(rotated)).toBe(false);
    expect(after.decrypt(rotated, AAD)).toBe("III");
    expect(after.rotate(rotated, AAD)).toBe(rotated);
  });

  it("refuses to rotate a token under the wrong AAD", () => {
    expect(codeOf(() => after.rotate(before.encrypt("III", AAD), "other"))).toBe("authFailed");
  });
});

describe("parseKeyring", () => {
  it("takes the first entry as current", () => {
    expect(parseKeyring(`${newEntry}, ${oldEntry}`).currentId).toBe("k2025");
  });

  it.each([
    ["", /entry 1 must look like/],
    ["nokey", /entry 1 must look like/],
    [`${oldEntry},k2:${Buffer.alloc(16).toString("base64")}`, /entry 2 must decode to 32 bytes, got 16/],
    [`${oldEntry},${oldEntry}`, /entry 2 repeats key id "k2024"/],
    ["bad id!:AAAA", /entry 1 must look like/],
  ])("explains what is wrong with %j", (keyring, message) => {
    expect(() => parseKeyring(keyring)).toThrow(message);
  });

  it("never echoes key material in its errors", () => {
    const secret = Buffer.alloc(31, 7).toString("base64");
    expect(() => parseKeyring(`k:${secret}`)).toThrow(/32 bytes/);
    expect(() => parseKeyring(`k:${secret}`)).not.toThrow(secret);
  });
});
