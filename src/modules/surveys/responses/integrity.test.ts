import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaireText } from '../questionnaires/questionnaire.ts';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { detectBursts, detectStraightLining } from './integrity.ts';

const load = (name: string) => {
  const r = parseQuestionnaireText(
    readFileSync(new URL(`../../../../data/questionnaires/${name}`, import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error(name);
  return compileQuestionnaire(r.questionnaire);
};
const tyt = load('KH-TYT.json'); // 31 questions, every one on the 1–5 scale
const nd61 = load('ND61-QUAY.json'); // 9 questions: too short to judge

describe('detectStraightLining', () => {
  it('flags 8 or more consecutive answers at the same option position on a long form', () => {
    const answers = Array.from({ length: 31 }, (_, i) => (i < 10 ? 5 : (i % 5) + 1));
    expect(detectStraightLining(tyt, answers)).toEqual({
      flagged: true,
      longestRun: 10,
      position: 4,
      firstQuestion: 'A1',
    });
  });

  it('does not flag a run of 7, a blank that breaks the run, or a short form', () => {
    const seven = Array.from({ length: 31 }, (_, i) => (i < 7 ? 4 : (i % 3) + 1));
    expect(detectStraightLining(tyt, seven)).toMatchObject({ flagged: false, longestRun: 7 });
    const broken: (number | null)[] = Array.from({ length: 31 }, (_, i) => (i < 12 ? 4 : (i % 3) + 1));
    broken[6] = null;
    expect(detectStraightLining(tyt, broken)).toMatchObject({ flagged: false, longestRun: 6 });
    expect(detectStraightLining(nd61, Array(9).fill(2))).toMatchObject({ flagged: false, longestRun: 0 });
  });

  it('reads answers by code too, and takes its thresholds from the caller', () => {
    const byCode = Object.fromEntries(tyt.questionCodes.slice(0, 5).map((code) => [code, 3]));
    expect(detectStraightLining(tyt, byCode)).toMatchObject({ flagged: false, longestRun: 5 });
    expect(detectStraightLining(tyt, byCode, { minRun: 5 })).toMatchObject({
      flagged: true,
      firstQuestion: 'A1',
    });
    expect(detectStraightLining(nd61, Array(9).fill(2), { minQuestions: 9 })).toMatchObject({
      flagged: true,
    });
  });
});

describe('detectBursts', () => {
  const at = (minute: number) => new Date(Date.UTC(2025, 6, 1, 1, 0) + minute * 60_000);

  it('flags more than 5 responses from one key within 10 minutes, and only those', () => {
    const items = [
      ...[0, 1, 2, 3, 4, 5].map((m) => ({ key: 'dev-a', submittedAt: at(m) })), // 6 in 5 minutes
      ...[0, 1, 2, 3, 4].map((m) => ({ key: 'dev-b', submittedAt: at(m) })), // 5: allowed
      ...[0, 11, 22, 33, 44, 55].map((m) => ({ key: 'dev-c', submittedAt: at(m) })), // spread out
    ];
    const r = detectBursts(items);
    expect(r.flagged).toEqual([...Array(6).fill(true), ...Array(11).fill(false)]);
    expect(r.bursts).toEqual([{ key: 'dev-a', items: [0, 1, 2, 3, 4, 5], start: at(0), end: at(5) }]);
  });

  it('uses a half-open window and configurable thresholds; input order does not matter', () => {
    const ten = [0, 2, 4, 6, 8, 10].map((m) => ({ key: 'ip-1', submittedAt: at(m).toISOString() }));
    expect(detectBursts(ten).bursts).toHaveLength(0); // 0 and 10 are 10 minutes apart: not within
    expect(detectBursts(ten, { windowMinutes: 11 }).bursts).toHaveLength(1);
    expect(detectBursts(ten, { maxResponses: 2, windowMinutes: 3 }).bursts).toHaveLength(0);
    expect(detectBursts(ten, { maxResponses: 1, windowMinutes: 3 }).bursts).toEqual([
      { key: 'ip-1', items: [0, 1, 2, 3, 4, 5], start: at(0), end: at(10) },
    ]);
    expect(detectBursts([...ten].reverse(), { windowMinutes: 11 }).flagged.every(Boolean)).toBe(true);
  });

  it('flags exactly the responses that sit in some window holding more than K of their key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom('a', 'b'), minute: fc.integer({ min: 0, max: 60 }) }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 15 }),
        (rows, max, windowMinutes) => {
          const items = rows.map((r) => ({ key: r.key, submittedAt: at(r.minute) }));
          const { flagged } = detectBursts(items, { maxResponses: max, windowMinutes });
          rows.forEach((row, i) => {
            // Brute force: a window [s, s + W) containing this row's minute with more than K rows of its key.
            const same = rows.filter((r) => r.key === row.key).map((r) => r.minute);
            const inSome = same.some(
              (s) =>
                s <= row.minute &&
                row.minute < s + windowMinutes &&
                same.filter((m) => m >= s && m < s + windowMinutes).length > max,
            );
            expect(flagged[i]).toBe(inSome);
          });
        },
      ),
    );
  });
});
