/** What a wave says about where results are: its questionnaire, period, close date and responses. */
export interface WaveWithData {
  questionnaire: { code: string };
  period: string;
  closesOn: string;
  collected: number;
}

/** Closed later; on the same day the later period, then the questionnaire code, so the choice never depends on order. */
function later(a: WaveWithData, b: WaveWithData): boolean {
  if (a.closesOn !== b.closesOn) return a.closesOn > b.closesOn;
  if (a.period !== b.period) return a.period > b.period;
  return a.questionnaire.code < b.questionnaire.code;
}

/**
 * Where the results explorer opens when the address names nothing: the questionnaire and period of
 * the wave that closed last among those with responses (an officer opening "Chỉ số hài lòng" in
 * December 2026 wants 2026, not an empty form or last year). Null when no wave has a response.
 */
export function latestWithData(waves: readonly WaveWithData[]): { q: string; period: string } | null {
  let best: WaveWithData | null = null;
  for (const wave of waves) {
    if (wave.collected <= 0) continue;
    if (!best || later(wave, best)) best = wave;
  }
  return best ? { q: best.questionnaire.code, period: best.period } : null;
}
