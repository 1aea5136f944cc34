/**
 * The few statistics the index needs, on plain numbers. Everything here works from sufficient
 * statistics (n, Σx, Σx²), so the same formulas apply to figures a database aggregated over
 * millions of answers. Proportions and scores are on the 0–1 scale here; the index engine
 * multiplies by 100.
 */

/** Two-sided 95% normal quantile, as written in the method (docs/decisions/0003-index-method.md). */
export const Z95 = 1.96;

/** Sufficient statistics of a sample of scores: count, sum, sum of squares. */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export function emptyMoments(): Moments {
  return { n: 0, sum: 0, sumSq: 0 };
}

export function addMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq };
}

export function mean(m: Moments): number | null {
  return m.n > 0 ? m.sum / m.n : null;
}

/**
 * Sample variance (n − 1 denominator) from the moments; null below two observations.
 */
export function sampleVariance(m: Moments): number | null {
  if (m.n < 2) return null;
  const v = (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1);
  // Below the rounding noise of Σx² − (Σx)²/n the scores are equal: report exactly 0, so that a
  // sample of identical scores is not mistaken for a tiny but real spread.
  return v <= 1e-13 * (m.sumSq / m.n) ? 0 : v;
}

export function sampleSd(m: Moments): number | null {
  const v = sampleVariance(m);
  return v === null ? null : Math.sqrt(v);
}

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval for a proportion of successes out of n (n > 0), on the 0–1 scale. */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval {
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** estimate ± z·sd/√n, clipped to [lower, upper]. */
export function normalInterval(
  estimate: number,
  sd: number,
  n: number,
  z = Z95,
  lower = 0,
  upper = 1,
): Interval {
  const half = (z * sd) / Math.sqrt(n);
  return { low: Math.max(lower, estimate - half), high: Math.min(upper, estimate + half) };
}

/**
 * Standard normal cumulative distribution, Φ(x). Hart's algorithm as given by G. West, "Better
 * approximations to cumulative normal functions" (2005): relative error about 1e-14 within 3 sd
 * and below 1e-8 in the far tail, ample for p-values; the lower tail is computed directly, so
 * small p-values keep their digits.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const a = Math.abs(x);
  let tail: number;
  if (a > 37) {
    tail = 0;
  } else {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) {
      let num = 3.52624965998911e-2 * a + 0.700383064443688;
      num = num * a + 6.37396220353165;
      num = num * a + 33.912866078383;
      num = num * a + 112.079291497871;
      num = num * a + 221.213596169931;
      num = num * a + 220.206867912376;
      let den = 8.83883476483184e-2 * a + 1.75566716318264;
      den = den * a + 16.064177579207;
      den = den * a + 86.7807322029461;
      den = den * a + 296.564248779674;
      den = den * a + 637.333633378831;
      den = den * a + 793.826512519948;
      den = den * a + 440.413735824752;
      tail = (e * num) / den;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

/** Two-sided p-value of a z statistic. */
export function twoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

export interface ZTest {
  z: number;
  p: number;
}

/**
 * Pooled two-proportion z-test of p1 = x1/n1 against p2 = x2/n2 (z > 0 when p1 > p2). Null when a
 * side has no observation. When both samples are all successes or all failures the difference is 0
 * and so is z.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const delta = x1 / n1 - x2 / n2;
  if (!(se > 0)) return delta === 0 ? { z: 0, p: 1 } : null;
  const z = delta / se;
  return { z, p: twoSidedP(z) };
}

/**
 * Welch z-test of a difference of means, z = delta / √(s1²/n1 + s2²/n2), read against the normal
 * distribution (the samples an index is published on are large enough for that). Null when either
 * side has fewer than two observations, or when both variances are 0 and the means differ (no
 * spread to judge the difference by).
 */
export function welchZTest(delta: number, a: Moments, b: Moments): ZTest | null {
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  if (va === null || vb === null) return null;
  const se = Math.sqrt(va / a.n + vb / b.n);
  if (!(se > 0)) return delta === 0 ? { z: 0, p: 1 } : null;
  const z = delta / se;
  return { z, p: twoSidedP(z) };
}

/**
 * Responses still needed for a ±halfWidth interval: max(0, ⌈z²·sd²/h²⌉ − n), with sd and
 * halfWidth on the same scale (both in index points, for instance).
 */
export function additionalSampleNeeded(sd: number, n: number, halfWidth: number, z = Z95): number {
  // Rounded to 9 decimals before the ceiling, so that 384.00000000000006 asks for 384, not 385.
  const required = Math.ceil(Number(((z * z * sd * sd) / (halfWidth * halfWidth)).toFixed(9)));
  return Math.max(0, required - n);
}
