import type { Answers } from '../index/index-engine-aggregate.ts';
import type { CompiledQuestionnaire } from '../questionnaires/questionnaire-compile.ts';

/**
 * Signs that a response may not be a genuine, considered answer. These only raise flags for a
 * person to review: nothing here excludes a response (exclusion is a recorded human decision).
 *
 * Straight-lining: the same option position chosen on a long run of consecutive questions of a long
 * form. Positions (1st, 2nd, … option in the file's order) are compared rather than values, because
 * that is what a hurried hand does on paper or a screen. A question left blank breaks the run; a
 * "no opinion" answer counts like any other position.
 *
 * Bursts: more than K responses from one key (a device or IP hash) within W minutes. A kiosk is a
 * shared device by design: give it its own threshold or leave its key out.
 */

export type IntegrityFlagCode = 'STRAIGHT_LINING' | 'BURST';

export interface StraightLiningOptions {
  /** Flag a run of at least this many consecutive questions with the same option position. Default 8. */
  minRun?: number;
  /** Only forms with at least this many scored questions are checked. Default 10. */
  minQuestions?: number;
}

export interface StraightLiningResult {
  flagged: boolean;
  /** Length of the longest run of identical positions. */
  longestRun: number;
  /** 0-based option position of that run, and the code of its first question. */
  position: number | null;
  firstQuestion: string | null;
}

export const DEFAULT_STRAIGHT_LINING = { minRun: 8, minQuestions: 10 } as const;

export function detectStraightLining(
  compiled: CompiledQuestionnaire,
  answers: Answers,
  options: StraightLiningOptions = {},
): StraightLiningResult {
  const minRun = options.minRun ?? DEFAULT_STRAIGHT_LINING.minRun;
  const minQuestions = options.minQuestions ?? DEFAULT_STRAIGHT_LINING.minQuestions;
  const none: StraightLiningResult = { flagged: false, longestRun: 0, position: null, firstQuestion: null };
  // Every question of a valid questionnaire has a scored option, so all of them are "scored questions".
  if (compiled.questionCount < minQuestions) return none;

  const positional = Array.isArray(answers) || ArrayBuffer.isView(answers);
  let best = none;
  let run = 0;
  let runPosition = -1;
  let runStart = 0;
  for (let q = 0; q < compiled.questionCount; q++) {
    const value = positional
      ? (answers as ArrayLike<number | null | undefined>)[q]
      : (answers as Readonly<Record<string, number | null | undefined>>)[compiled.questionCodes[q]!];
    const slot = value === null || value === undefined ? -1 : compiled.slotOf(q, value);
    const position = slot < 0 ? -1 : slot - compiled.optionStart[q]!;
    if (position < 0) {
      run = 0;
      runPosition = -1;
      continue;
    }
    if (position === runPosition) {
      run++;
    } else {
      run = 1;
      runPosition = position;
      runStart = q;
    }
    if (run > best.longestRun) {
      best = { flagged: false, longestRun: run, position, firstQuestion: compiled.questionCodes[runStart]! };
    }
  }
  best.flagged = best.longestRun >= minRun;
  return best;
}

export interface TimedKey {
  /** Device id hash or IP hash; responses without one cannot be checked and should not be passed. */
  key: string;
  submittedAt: Date | number | string;
}

export interface BurstOptions {
  /** Flag when more than this many responses share a key within the window. Default 5. */
  maxResponses?: number;
  /** Window length in minutes. Default 10. */
  windowMinutes?: number;
}

export interface Burst {
  key: string;
  /** Indexes (into the input list) of the responses in the burst, in time order. */
  items: number[];
  start: Date;
  end: Date;
}

export interface BurstResult {
  /** flagged[i] is true when input item i is part of a burst. */
  flagged: boolean[];
  bursts: Burst[];
}

export const DEFAULT_BURST = { maxResponses: 5, windowMinutes: 10 } as const;

/**
 * Finds bursts: every response that lies in some window of W minutes holding more than K responses
 * of the same key is flagged; overlapping windows of one key merge into one burst.
 */
export function detectBursts(items: readonly TimedKey[], options: BurstOptions = {}): BurstResult {
  const max = options.maxResponses ?? DEFAULT_BURST.maxResponses;
  const windowMs = (options.windowMinutes ?? DEFAULT_BURST.windowMinutes) * 60_000;
  const flagged = new Array<boolean>(items.length).fill(false);
  const byKey = new Map<string, { index: number; t: number }[]>();
  items.forEach((item, index) => {
    const t = toMillis(item.submittedAt);
    if (Number.isNaN(t)) return;
    const list = byKey.get(item.key) ?? [];
    list.push({ index, t });
    byKey.set(item.key, list);
  });

  const bursts: Burst[] = [];
  for (const [key, list] of byKey) {
    if (list.length <= max) continue;
    list.sort((a, b) => a.t - b.t || a.index - b.index);
    // Sliding window [lo, hi] with t[hi] − t[lo] < W: when it holds more than `max`, all of it is in a burst.
    const inBurst = new Array<boolean>(list.length).fill(false);
    let lo = 0;
    let marked = -1; // everything up to here is already marked: keeps the scan linear
    for (let hi = 0; hi < list.length; hi++) {
      while (list[hi]!.t - list[lo]!.t >= windowMs) lo++;
      if (hi - lo + 1 > max) {
        for (let k = Math.max(lo, marked + 1); k <= hi; k++) inBurst[k] = true;
        marked = hi;
      }
    }
    let current: Burst | null = null;
    let lastT = 0;
    list.forEach((entry, k) => {
      if (!inBurst[k]) return;
      flagged[entry.index] = true;
      if (current && entry.t - lastT < windowMs) {
        current.items.push(entry.index);
        current.end = new Date(entry.t);
      } else {
        current = { key, items: [entry.index], start: new Date(entry.t), end: new Date(entry.t) };
        bursts.push(current);
      }
      lastT = entry.t;
    });
  }
  bursts.sort((a, b) => a.start.getTime() - b.start.getTime());
  return { flagged, bursts };
}

function toMillis(value: Date | number | string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return value.getTime();
}
