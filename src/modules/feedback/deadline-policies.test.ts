import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../../data/feedback/deadline-policies.json' with { type: 'json' };
import { isWorkingDate, vietnamCalendar, workingDaysBetween } from '../../calendar/index.ts';
import { vnDate, vnDateTime } from '../../lib/time.ts';
import {
  checkPolicies,
  DEADLINE_POLICIES,
  DEFAULT_POLICY,
  policyLine,
  policyOf,
} from './deadline-policies.ts';
import { publishDeadline, receptionDeadlines } from './feedback-status.ts';

const vn = vietnamCalendar();
const instants = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00+07:00'), max: Date.parse('2027-11-30T23:59:00+07:00') })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));
const policies = fc.constantFrom(...DEADLINE_POLICIES);
const steps = fc.record({
  reject: fc.integer({ min: 1, max: 10 }),
  transfer: fc.integer({ min: 1, max: 10 }),
  askInfo: fc.integer({ min: 1, max: 10 }),
  answer: fc.integer({ min: 1, max: 30 }),
  publish: fc.integer({ min: 1, max: 10 }),
});

/** The counting start: the receipt date when it is a working date before closing, else the day after. */
const extraDay = (received: Date) =>
  isWorkingDate(vnDate(received), vn) && vnDateTime(received).slice(11) < '17:00' ? 0 : 1;

describe('the deadline policies file', () => {
  it('has the default NĐ 20/2008 policy, and a policy of its own for urban order, labelled an internal target', () => {
    expect(policyOf(DEFAULT_POLICY).source.document).toContain('20/2008/NĐ-CP');
    const urban = policyOf('noi-bo-do-thi');
    expect(urban.source.status).toBe('internal-target');
    expect(policyLine(urban)).toContain('mục tiêu nội bộ');
    expect(policyLine(urban)).toContain('chưa kiểm chứng');
  });

  it('refuses a policy that cites a missing source, a repeated code, or claims verified without a strong source', () => {
    const clone = () => structuredClone(data) as typeof data;
    const missing = clone();
    missing.policies[0]!.source.sources = ['nowhere'];
    expect(() => checkPolicies(missing)).toThrow(/missing source "nowhere"/);
    const twice = clone();
    twice.policies.push(twice.policies[0]!);
    expect(() => checkPolicies(twice)).toThrow(/appears twice/);
    const weak = clone();
    weak.sources.push({ id: 'copy', url: 'https://example.org/x', title: 'x', kind: 'mirror', excerpt: 'x' });
    weak.policies[1]!.source.sources = ['copy'];
    weak.policies[1]!.source.verified = true;
    expect(() => checkPolicies(weak)).toThrow(/verified without/);
    const backwards = clone();
    backwards.policies[0]!.steps.reject = 20;
    expect(() => checkPolicies(backwards)).toThrow(/reject ≤ transfer ≤ answer/);
  });
});

describe('deadlines computed with a policy', () => {
  it('property: each deadline lies exactly the policy’s working days after the counting start, on a working date', () => {
    fc.assert(
      fc.property(instants, steps, (received, s) => {
        const d = receptionDeadlines(received, vn, s);
        const from = vnDate(received);
        const extra = extraDay(received);
        expect(workingDaysBetween(from, vnDate(d.rejectBy), vn)).toBe(s.reject + extra);
        expect(workingDaysBetween(from, vnDate(d.transferBy), vn)).toBe(
          Math.max(s.transfer, s.askInfo) + extra,
        );
        expect(workingDaysBetween(from, vnDate(d.answerBy), vn)).toBe(s.answer + extra);
        const published = publishDeadline(received, vn, s);
        expect(workingDaysBetween(from, vnDate(published), vn)).toBe(s.publish + extra);
        for (const due of [d.rejectBy, d.transferBy, d.answerBy, published]) {
          expect(isWorkingDate(vnDate(due), vn)).toBe(true);
          expect(due.getTime()).toBeGreaterThan(received.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: a policy with more days never gives an earlier deadline (the shipped policies included)', () => {
    fc.assert(
      fc.property(instants, policies, fc.integer({ min: 0, max: 10 }), (received, p, more) => {
        const base = receptionDeadlines(received, vn, p.steps);
        const longer = receptionDeadlines(received, vn, { ...p.steps, answer: p.steps.answer + more });
        expect(longer.answerBy.getTime()).toBeGreaterThanOrEqual(base.answerBy.getTime());
        expect(longer.rejectBy.getTime()).toBe(base.rejectBy.getTime());
        expect(base.rejectBy.getTime()).toBeLessThanOrEqual(base.transferBy.getTime());
        expect(base.transferBy.getTime()).toBeLessThanOrEqual(base.answerBy.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('gives an urban-order report 7 working days to answer and an administrative-regulation one 15', () => {
    const monday = new Date('2026-03-02T09:00:00+07:00');
    expect(vnDateTime(receptionDeadlines(monday, vn, policyOf('noi-bo-do-thi').steps).answerBy)).toBe(
      '2026-03-11T09:00',
    );
    expect(vnDateTime(receptionDeadlines(monday, vn, policyOf('nd20-2008').steps).answerBy)).toBe(
      '2026-03-23T09:00',
    );
  });
});
