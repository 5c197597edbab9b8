import { createFieldCipher } from "~/utils/encryption.server";
import { fromEnv } from "~/utils/env.server";

/** Which column of which row a ciphertext belongs to; bound as associated data so it cannot be moved. */
export type FieldRef = { model: string; field: string; id: string };

const getCipher = fromEnv((env) => createFieldCipher(env.ENCRYPTION_KEYS));

const aad = (ref: FieldRef) => `${ref.model}.${ref.field}/${ref.id}`;

export function seal(ref: FieldRef, plain: string): string {
  return getCipher().encrypt(plain, aad(ref));
}

export function unseal(ref: FieldRef, token: string): string {
  return getCipher().decrypt(token, aad(ref));
}
