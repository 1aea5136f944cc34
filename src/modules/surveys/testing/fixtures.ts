/**
 * Test helpers for the survey modules: the option lists the small test questionnaires share, a
 * parse that throws on an invalid fixture, and a results table to export. Each test still writes
 * out its own questionnaire (codes, weights, values) and its own units.
 */
import type { IndexTable } from '../index/index.service.ts';
import type { UnitResult } from '../index/index-engine.ts';
import {
  type ProfileQuestion,
  parseQuestionnaire,
  type Questionnaire,
  type QuestionnaireInput,
  type ScoredOption,
} from '../questionnaires/questionnaire.ts';

/** No (1) scores 0, yes (2) scores 1. */
export const YES_NO: ScoredOption[] = [
  { value: 1, label: 'không', score: 0 },
  { value: 2, label: 'có', score: 1 },
];

/** {@link YES_NO} plus "no opinion" (9), which is left out of the index. */
export const YES_NO_NO_OPINION: ScoredOption[] = [
  ...YES_NO,
  { value: 9, label: 'không ý kiến', score: null },
];

/** Poor (0), fair (1) and good (2), scoring 0, 0.5 and 1. */
export const THREE_LEVEL: ScoredOption[] = [
  { value: 0, label: 'kém', score: 0 },
  { value: 1, label: 'vừa', score: 0.5 },
  { value: 2, label: 'tốt', score: 1 },
];

/** One profile question, AGE: young (1) or old (2). */
export const AGE_PROFILE: ProfileQuestion[] = [
  {
    code: 'AGE',
    text: 'tuổi',
    options: [
      { value: 1, label: 'trẻ' },
      { value: 2, label: 'già' },
    ],
  },
];

/** The questionnaire in canonical form; throws when the fixture does not validate. */
export function fixtureQuestionnaire(input: QuestionnaireInput): Questionnaire {
  const r = parseQuestionnaire(input);
  if (!r.ok) throw new Error('fixture invalid');
  return r.questionnaire;
}

/**
 * The results table the export tests render: SIPAS version 2, period 2025-Q3, 95 % confidence,
 * minimum sample 30, all channels, not pooled, holding the given units.
 */
export function sipasTable(units: UnitResult[]): IndexTable {
  return {
    questionnaire: 'SIPAS',
    questionnaireHash: 'abc',
    period: '2025-Q3',
    previousPeriod: null,
    minSample: 30,
    confidence: 0.95,
    version: 2,
    pooled: false,
    channel: null,
    units,
  };
}
