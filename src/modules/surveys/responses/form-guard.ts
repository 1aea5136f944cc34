import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { AppContext } from '../../../lib/context.ts';
import { SlidingWindowLimiter } from '../../../lib/rate-limit.ts';
import { powRefused, tokenRefused, tooManyForUnit, tooManyFromAddress } from './responses.errors.ts';

/**
 * The public survey form's defences against stuffing (docs/decisions/0009-survey-stuffing.md):
 * 1. a device token issued by the server with the form (HMAC with the installation secret, bound to
 *    the unit, expiring), never chosen by the client;
 * 2. an ALTCHA proof of work bound to that token (self-hosted, no third party, no personal data);
 * 3. per-address (keyed hash) and per-unit rate limits;
 * 4. the burst rule that holds responses (responses.service.ts).
 * The kiosk and paper entry are signed in and go through none of this.
 */

export interface FormGuardSettings {
  /** How long a form (its device token and challenge) stays valid. */
  tokenTtlMs: number;
  /** ALTCHA difficulty: the secret number is drawn from [0, maxNumber); a solver tries maxNumber/2 hashes on average. */
  powMaxNumber: number;
  /** Submissions per client address hash in `windowMs` (a counter's Wi-Fi is one address). */
  perAddress: number;
  /** Submissions per unit in `windowMs`, all addresses together. */
  perUnit: number;
  windowMs: number;
  /**
   * The burst rules: when an address hash already sent `after` web responses within `windowMs`,
   * the new one and all of that window's responses from the address are held.
   */
  holdRules: readonly { after: number; windowMs: number }[];
  /**
   * The day rule: when an address hash already sent `dayHoldAfter` web responses to one unit within
   * the Vietnam calendar day, the new one and all of that day's responses from the address to that
   * unit are held.
   */
  dayHoldAfter: number;
}

/**
 * Defaults. Chromium on this project's 2-core machine hashes ≈ 36,000 SHA-256 a second through
 * WebCrypto, so 50,000 (25,000 tries on average) costs it ≈ 0.7 s, a phone about as much again —
 * solved while the citizen reads the form. The limits let 40 phones on one Wi-Fi through in 10
 * minutes with room to spare; the burst rules hold more than 10 from one address in a minute, or
 * more than 60 in an hour (a steady drip that the per-address limit alone would let count), or more
 * than 100 to one unit in a Vietnam day (a drip paced under both: at most 60 an hour otherwise). A
 * busy counter's Wi-Fi stays under 100 web responses a day for one unit: 40 phones in its busiest 10
 * minutes is a peak, not a rate (an assumption; see decision 0009).
 */
export const DEFAULT_FORM_GUARD: FormGuardSettings = {
  tokenTtlMs: 2 * 60 * 60_000,
  powMaxNumber: 50_000,
  perAddress: 60,
  perUnit: 300,
  windowMs: 10 * 60_000,
  holdRules: [
    { after: 10, windowMs: 60_000 },
    { after: 60, windowMs: 60 * 60_000 },
  ],
  dayHoldAfter: 100,
};

interface Guard {
  settings: FormGuardSettings;
  byAddress: SlidingWindowLimiter;
  byUnit: SlidingWindowLimiter;
}

const guards = new WeakMap<object, Guard>();

/** The guard of a running app; tests and benchmarks may pass settings once, before the first request. */
export function formGuard(ctx: AppContext, settings?: Partial<FormGuardSettings>): Guard {
  let guard = guards.get(ctx);
  if (!guard || settings) {
    const s = { ...DEFAULT_FORM_GUARD, ...guard?.settings, ...settings };
    guard = {
      settings: s,
      byAddress: new SlidingWindowLimiter(s.perAddress, s.windowMs),
      byUnit: new SlidingWindowLimiter(s.perUnit, s.windowMs),
    };
    guards.set(ctx, guard);
  }
  return guard;
}

const TOKEN_VERSION = 's1';

function tokenMac(ctx: AppContext, payload: string): string {
  return createHmac('sha256', ctx.secret).update(`survey-form|${payload}`).digest('base64url');
}

function powKey(ctx: AppContext): string {
  return createHmac('sha256', ctx.secret).update('survey-altcha').digest('hex');
}

export interface IssuedForm {
  deviceToken: string;
  expiresAt: string;
  challenge: { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
}

/** A new device token for a unit's form and the proof-of-work challenge bound to it. */
export async function issueFormToken(ctx: AppContext, unitId: number): Promise<IssuedForm> {
  const { settings } = formGuard(ctx);
  const now = ctx.now().getTime();
  const nonce = randomBytes(16).toString('base64url');
  const payload = `${TOKEN_VERSION}.${unitId}.${now}.${nonce}`;
  const deviceToken = `${payload}.${tokenMac(ctx, payload)}`;
  const expires = new Date(now + settings.tokenTtlMs);
  const c = await createChallenge({
    hmacKey: powKey(ctx),
    maxNumber: settings.powMaxNumber,
    expires,
    params: { t: nonce },
  });
  return {
    deviceToken,
    expiresAt: expires.toISOString(),
    challenge: {
      algorithm: c.algorithm,
      challenge: c.challenge,
      maxnumber: c.maxnumber ?? settings.powMaxNumber,
      salt: c.salt,
      signature: c.signature,
    },
  };
}

/** The token's nonce when it is one this installation issued for this unit and it has not expired. */
export function verifyFormToken(ctx: AppContext, unitId: number, token: string | undefined): string {
  if (!token) throw tokenRefused('missing');
  const parts = token.split('.');
  if (parts.length !== 5 || parts[0] !== TOKEN_VERSION) throw tokenRefused('forged');
  const payload = parts.slice(0, 4).join('.');
  const expected = Buffer.from(tokenMac(ctx, payload));
  const given = Buffer.from(parts[4]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw tokenRefused('forged');
  if (Number(parts[1]) !== unitId) throw tokenRefused('other_unit');
  const issuedAt = Number(parts[2]);
  const now = ctx.now().getTime();
  // A minute of grace for a clock step between issue and use; never a token from the future.
  if (!(issuedAt <= now + 60_000) || now - issuedAt > formGuard(ctx).settings.tokenTtlMs) {
    throw tokenRefused('expired');
  }
  return parts[3]!;
}

/** Checks the ALTCHA payload (base64 JSON) solves the challenge issued with this token's form. */
export async function verifyProofOfWork(
  ctx: AppContext,
  tokenNonce: string,
  proof: string | undefined,
): Promise<void> {
  if (!proof) throw powRefused('missing');
  let payload: { algorithm?: unknown; salt?: unknown; number?: unknown };
  try {
    payload = JSON.parse(Buffer.from(proof, 'base64').toString('utf8'));
  } catch {
    throw powRefused('invalid');
  }
  if (payload?.algorithm !== 'SHA-256' || typeof payload.salt !== 'string') throw powRefused('invalid');
  if (!(await verifySolution(proof, powKey(ctx), false))) throw powRefused('invalid');
  const params = extractParams(proof);
  if (params.t !== tokenNonce) throw powRefused('other_form');
  const expires = Number(params.expires) * 1000;
  if (!(expires >= ctx.now().getTime())) throw powRefused('expired');
}

/** Refuses (429, with the seconds to wait) a submission over the per-address or per-unit limit. */
export function limitPublicSubmission(ctx: AppContext, addressHash: string | null, unitCode: string): void {
  const guard = formGuard(ctx);
  const now = ctx.now().getTime();
  const addressKey = addressHash ?? 'unknown';
  if (!guard.byAddress.take(addressKey, now)) {
    const retryAfterSeconds = guard.byAddress.retryAfter(addressKey, now);
    throw tooManyFromAddress(guard.settings.windowMs / 60_000, retryAfterSeconds);
  }
  const unitKey = unitCode.toUpperCase();
  if (!guard.byUnit.take(unitKey, now)) {
    const retryAfterSeconds = guard.byUnit.retryAfter(unitKey, now);
    throw tooManyForUnit(retryAfterSeconds);
  }
}
