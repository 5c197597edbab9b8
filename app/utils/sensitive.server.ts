import { createFieldCipher } from "~/utils/encryption.server";
import { getEnv } from "~/utils/env.server";

/** Which column of which row a ciphertext belongs to; bound as associated data so it cannot be moved. */
export type FieldRef = { model: string; field: string; id: string };

type Cipher = ReturnType<typeof createFieldCipher>;
let cipher: Cipher | undefined;

function getCipher(): Cipher {
  cipher ??= createFieldCipher(getEnv().ENCRYPTION_KEYS);
  return cipher;
}

const aad = (ref: FieldRef) => `${ref.model}.${ref.field}/${ref.id}`;

export function seal(ref: FieldRef, plain: string): string {
  return getCipher().encrypt(plain, aad(ref));
}

export function unseal(ref: FieldRef, token: string): string {
  return getCipher().decrypt(token, aad(ref));
}
