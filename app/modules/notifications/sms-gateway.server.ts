/** One text message: `to` in E.164 as the app stores phones ("+998901234567"). */
export type OutgoingSms = { to: string; text: string };

/** What the gateway knows about a message it accepted. */
export type SmsDeliveryStatus = "waiting" | "delivered" | "failed";

/**
 * Hands text messages to an SMS gateway (Eskiz in Uzbekistan; a local fake in local mode). Both
 * methods reject with an SmsGatewayError whose code says what went wrong.
 */
export interface SmsGateway {
  send(message: OutgoingSms): Promise<{ providerMessageId: string }>;
  status(providerMessageId: string): Promise<SmsDeliveryStatus>;
}

export type SmsFailureCode =
  | "auth_failed" // the gateway refused our email and password
  | "token_rejected" // a fresh token was refused too
  | "bad_request" // the gateway refused the message (number, text or sender)
  | "not_found" // no message with that id
  | "rate_limited"
  | "server_error"
  | "timeout"
  | "network"
  | "bad_response"; // an answer we cannot read

/**
 * A failed gateway call. The message names the code and HTTP status only: errors end up in logs
 * and in OutboxSms.lastError, where a phone number or a one-time link must never appear.
 */
export class SmsGatewayError extends Error {
  override readonly name = "SmsGatewayError";

  constructor(
    readonly code: SmsFailureCode,
    readonly httpStatus?: number,
  ) {
    super(httpStatus ? `SMS gateway: ${code} (HTTP ${httpStatus})` : `SMS gateway: ${code}`);
  }
}

const SAFE_CODE = /^[\w.:-]{1,40}$/;

/** A failure as a short code for storing and logging ("bad_request:400"), whatever was thrown. */
export function smsFailureCode(error: unknown): string {
  if (error instanceof SmsGatewayError) return error.httpStatus ? `${error.code}:${error.httpStatus}` : error.code;
  const { code } = (error ?? {}) as { code?: unknown };
  // Another gateway's codes are kept only when they look like codes, never free text.
  return typeof code === "string" && SAFE_CODE.test(code) ? code : "unknown";
}
