import { createRateLimiter } from "~/utils/rate-limit.server";

const MINUTE = 60_000;

// Per process (see rate-limit.server.ts). Keys combine the client address with what is attacked.
export const loginLimiter = createRateLimiter({ windowMs: 15 * MINUTE, max: 10 });
export const signupLimiter = createRateLimiter({ windowMs: 60 * MINUTE, max: 10 });
export const resetLimiter = createRateLimiter({ windowMs: 60 * MINUTE, max: 5 });
export const totpLimiter = createRateLimiter({ windowMs: 15 * MINUTE, max: 10 });

export const retryMinutes = (ms: number) => Math.max(1, Math.ceil(ms / MINUTE));
