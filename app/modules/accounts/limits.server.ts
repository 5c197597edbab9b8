import { createRateLimiter } from "~/utils/rate-limit.server";

const MINUTE = 60_000;

// Per process (see rate-limit.server.ts). Keys combine the client address with what is attacked.
// Mobile networks put many people behind one address (carrier-grade NAT), so per-address limits
// are generous and the tight ones are keyed by address + account.
export const loginLimiter = createRateLimiter({ windowMs: 15 * MINUTE, max: 10 });
export const signupLimiter = createRateLimiter({ windowMs: 60 * MINUTE, max: 30 });
export const resetLimiter = createRateLimiter({ windowMs: 60 * MINUTE, max: 5 });
export const totpLimiter = createRateLimiter({ windowMs: 15 * MINUTE, max: 10 });

export const retryMinutes = (ms: number) => Math.max(1, Math.ceil(ms / MINUTE));
