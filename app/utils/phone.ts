/**
 * Phone numbers in E.164. Uzbek numbers are often written without the country code
 * ("90 123 45 67", "0901234567"); international ones must start with "+".
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[\s\-().]/g, "");
  if (!/^\+?\d+$/.test(digits)) return null;
  let e164: string;
  if (digits.startsWith("+")) e164 = digits;
  else if (digits.startsWith("998") && digits.length === 12) e164 = `+${digits}`;
  else if (digits.length === 9) e164 = `+998${digits}`;
  else if (digits.length === 10 && digits.startsWith("0")) e164 = `+998${digits.slice(1)}`;
  else return null;
  if (e164.startsWith("+998")) return e164.length === 13 ? e164 : null;
  return e164.length >= 9 && e164.length <= 16 ? e164 : null;
}

/** A stored number for reading: "+998 90 123 45 67" for an Uzbek one, any other as stored. */
export function formatPhone(e164: string): string {
  const parts = /^\+998(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return parts ? `+998 ${parts.slice(1).join(" ")}` : e164;
}

/**
 * The digits of a search that is a phone number or part of one ("90 765", "+998 90-765"), or
 * null when it is something else (a name): staff lists are searched by name or by phone.
 */
export function phoneQueryDigits(query: string): string | null {
  const text = query.trim();
  if (!/^[\d\s+()-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  return digits.length >= 4 ? digits : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type LoginIdentifier = { email: string } | { phone: string };

/** A login name is an email address or a phone number, whichever the person typed. */
export function parseIdentifier(input: string): LoginIdentifier | null {
  const value = input.trim();
  if (value.includes("@")) return EMAIL.test(value) ? { email: value.toLowerCase() } : null;
  const phone = normalizePhone(value);
  return phone ? { phone } : null;
}
