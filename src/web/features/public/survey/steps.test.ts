import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SurveyForm } from '../../../api/survey-types.ts';
import { answeredCount, buildSteps, clampStep, EMPTY_DRAFT, restoreDraft } from './steps.ts';

const options = [1, 2, 3].map((value) => ({ value, label: `L${value}`, score: value }));
const question = (code: string) => ({ code, text: code, source: null, weight: 1, options });

/** A questionnaire of 1–7 criteria with 1–6 questions each. */
const formArb = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 7 }).map(
  (sizes) =>
    ({
      questionnaire: {
        code: 'Q',
        version: 1,
        title: 'Q',
        criteria: sizes.map((n, c) => ({
          code: `C${c + 1}`,
          title: `Tiêu chí ${c + 1}`,
          weight: 1,
          questions: Array.from({ length: n }, (_, i) => question(`C${c + 1}.${i + 1}`)),
        })),
        profile: [{ code: 'age', text: 'Tuổi', options: [{ value: 1, label: '18–30' }] }],
      },
    }) as unknown as Pick<SurveyForm, 'questionnaire'>,
);

describe('buildSteps', () => {
  it('puts the consent first, one criterion per step in order, the send step last, numbering questions through', () => {
    fc.assert(
      fc.property(formArb, (form) => {
        const steps = buildSteps(form);
        const criteria = form.questionnaire.criteria;
        expect(steps).toHaveLength(criteria.length + 2);
        expect(steps[0]!.kind).toBe('consent');
        expect(steps.at(-1)!.kind).toBe('finish');
        let next = 1;
        steps.slice(1, -1).forEach((s, i) => {
          expect(s.kind === 'criterion' && s.criterion.code).toBe(criteria[i]!.code);
          expect(s.kind === 'criterion' && s.firstNumber).toBe(next);
          next += criteria[i]!.questions.length;
        });
      }),
    );
  });
});

describe('clampStep', () => {
  it('always lands on an existing step', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.integer({ min: 1, max: 20 }), (i, n) => {
        const s = clampStep(i, n);
        expect(Number.isInteger(s) && s >= 0 && s < n).toBe(true);
      }),
    );
  });
});

describe('restoreDraft', () => {
  it('gives back a saved draft unchanged (answers kept across a reload)', () => {
    fc.assert(
      fc.property(
        formArb,
        fc.nat(),
        fc.boolean(),
        fc.string({ maxLength: 50 }),
        (form, seed, consent, comment) => {
          const questions = form.questionnaire.criteria.flatMap((c) => c.questions);
          const answers = Object.fromEntries(
            questions.filter((_, i) => (seed >> (i % 30)) & 1).map((q, i) => [q.code, (i % 3) + 1]),
          );
          const step = consent ? seed % buildSteps(form).length : 0;
          const draft = { step, consent, answers, profile: { age: 1 }, comment };
          const back = restoreDraft(JSON.parse(JSON.stringify(draft)), form, 1000);
          expect(back).toEqual(draft);
          expect(answeredCount(form, back.answers)).toBe(Object.keys(answers).length);
        },
      ),
    );
  });

  it('keeps nothing it does not know, whatever was stored', () => {
    fc.assert(
      fc.property(formArb, fc.anything(), (form, raw) => {
        const d = restoreDraft(raw, form, 10);
        const known = new Set(form.questionnaire.criteria.flatMap((c) => c.questions.map((q) => q.code)));
        for (const [code, v] of Object.entries(d.answers)) {
          expect(known.has(code)).toBe(true);
          expect([1, 2, 3]).toContain(v);
        }
        expect(d.step).toBe(clampStep(d.step, buildSteps(form).length));
        if (!d.consent) expect(d.step).toBe(0);
        expect(d.comment.length).toBeLessThanOrEqual(10);
      }),
    );
    expect(restoreDraft(null, { questionnaire: { criteria: [], profile: [] } } as never, 10)).toEqual(
      EMPTY_DRAFT,
    );
  });
});
