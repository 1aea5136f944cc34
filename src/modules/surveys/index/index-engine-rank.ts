/**
 * Ranking inside a peer group, "standard competition" style: units are ordered by their overall
 * index rounded to 2 decimals (exactly as it is printed, see lib/format.ts, so that two units shown
 * with the same figure always share a rank), descending; equal values share a rank and the next
 * rank skips: 1, 2, 2, 4. Units without an index are not ranked.
 */

/** The value ranks compare: the index rounded the way `toFixed(2)` (and formatNumberVi) rounds it. */
export function rankKey(index: number): number {
  return Number(index.toFixed(2));
}

/** Rank of each value (null → not ranked). Rank = 1 + number of values strictly above it. */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const keys = values.map((v) => (v === null ? null : rankKey(v)));
  const sorted = keys.filter((k): k is number => k !== null).sort((a, b) => b - a);
  const firstPosition = new Map<number, number>();
  sorted.forEach((k, i) => {
    if (!firstPosition.has(k)) firstPosition.set(k, i + 1);
  });
  return keys.map((k) => (k === null ? null : firstPosition.get(k)!));
}
