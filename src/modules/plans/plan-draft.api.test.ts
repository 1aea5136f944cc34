import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { KH_UBND_XA } from '../../../test/survey-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { setTarget } from '../surveys/index/targets.service.ts';
import { importQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { importResponsesFile } from '../surveys/responses/responses-import.service.ts';

/**
 * Drafting a plan on 5/12/2026 from the 2026 result (#12 item 9): the plan is for 2027 and starts with
 * no overdue task; every criterion shows its measures with its gap, ticked only under its target,
 * largest shortfall first. Commune A: C1 60 %, C2 75 %, C3 90 %, C4–C6 95 %; the overall target is
 * 80 % and only C2 has its own (70 %).
 */
const t = await createTestApp();
const system = systemActor('test');
let specialist: Session;

interface Q {
  code: string;
  options: { value: number; score: number | null }[];
}
const QUESTIONS = (
  JSON.parse(KH_UBND_XA) as { criteria: { code: string; questions: Q[] }[] }
).criteria.flatMap((c) => c.questions.map((q) => ({ ...q, criterion: c.code })));
const RATES: Record<string, number> = { C1: 0.6, C2: 0.75, C3: 0.9 };

interface Criterion {
  code: string;
  target: number | null;
  targetFrom: string | null;
  gap: number | null;
  chosen: boolean;
  measures: { task: string; due: { kind: string } }[];
  proposed: unknown[];
}
interface Plan {
  window: string;
  title: string;
  tasks: { total: number; overdue: number };
  taskList: { criterionCode: string | null; deadline: string | null; reminder: unknown }[];
}

beforeAll(async () => {
  t.setNow(new Date('2026-12-05T09:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T', peerGroup: 'commune' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'specialist', username: 'specialist.a' });
  specialist = await login(t.app, 'specialist.a', TEST_PASSWORD);
  await importQuestionnaire(t.ctx, system, KH_UBND_XA);
  // Response i is positive on question q when (7i + 3q) mod 20 < 20·rate: exactly that share of 40.
  const lines = (day: string) =>
    Array.from({ length: 40 }, (_, i) =>
      [
        'A',
        `${day}T08:${String(i).padStart(2, '0')}`,
        ...QUESTIONS.map((q, qi) => {
          const positive = (7 * i + 3 * qi) % 20 < Math.round(20 * (RATES[q.criterion] ?? 0.95));
          return q.options.find((o) => o.score === (positive ? 1 : 0))!.value;
        }),
      ].join(','),
    );
  const header = ['unit_code', 'submitted_at', ...QUESTIONS.map((q) => q.code)].join(',');
  const csv = [header, ...lines('2024-06-10'), ...lines('2026-06-10')].join('\n');
  await importResponsesFile(t.ctx, system, new TextEncoder().encode(`${csv}\n`), {
    questionnaire: 'KH-UBND-XA',
    fileName: 'khao-sat.csv',
  });
  const target = { questionnaire: 'KH-UBND-XA', period: '2026', peerGroup: 'commune' };
  await setTarget(t.ctx, system, { ...target, criterion: null, value: 80 });
  await setTarget(t.ctx, system, { ...target, criterion: 'C2', value: 70 });
  await setTarget(t.ctx, system, { ...target, period: '2024', criterion: '*', value: 92 });
});

describe('a plan drafted on 5/12/2026', () => {
  it('proposes every criterion’s measures ordered by gap, ticked only under target (C1 against the overall target)', async () => {
    const res = await call(
      t.app,
      specialist,
      'GET',
      '/api/v1/plans/proposal?unitCode=A&questionnaire=KH-UBND-XA&period=2026',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { window: string; criteria: Criterion[] };
    expect(body.window).toBe('2027');
    // Gaps −20, +5, +10, then +15 three times.
    expect(body.criteria.map((c) => c.code).slice(0, 3)).toEqual(['C1', 'C2', 'C3']);
    expect(
      body.criteria
        .map((c) => c.code)
        .slice(3)
        .sort(),
    ).toEqual(['C4', 'C5', 'C6']);
    const [c1, c2, c3] = body.criteria;
    expect(c1).toMatchObject({ target: 80, targetFrom: 'overall', chosen: true });
    expect(c1!.gap).toBeCloseTo(-20, 6);
    // C2 is at 75 %: under the overall 80 % but over its own 70 %, so not ticked.
    expect(c2).toMatchObject({ target: 70, targetFrom: 'criterion', chosen: false, proposed: [] });
    expect(c2!.gap).toBeCloseTo(5, 6);
    expect(c3).toMatchObject({ targetFrom: 'overall', chosen: false });
    for (const c of body.criteria) expect(c.measures.length).toBeGreaterThan(0);
    expect(c1!.proposed).toEqual(c1!.measures);
  });

  it('saves a plan for 2027 with only the ticked measures and no overdue task', async () => {
    const res = await call(t.app, specialist, 'POST', '/api/v1/plans', {
      unitCode: 'A',
      questionnaire: 'KH-UBND-XA',
      period: '2026',
    });
    expect(res.status).toBe(201);
    const plan = (await res.json()) as Plan;
    expect(plan.window).toBe('2027');
    expect(plan.title).toBe('Kế hoạch thực hiện giải pháp nâng cao chỉ số hài lòng của UBND xã An năm 2027');
    expect(new Set(plan.taskList.map((x) => x.criterionCode))).toEqual(new Set(['C1']));
    expect(plan.tasks.overdue).toBe(0);
    for (const task of plan.taskList) {
      expect(task.reminder).toBeNull();
      if (task.deadline !== null) expect(task.deadline.slice(0, 4)).toBe('2027');
    }
  });

  it('refuses a new plan whose row is already past, naming the row; nothing is saved', async () => {
    const before = (await (await call(t.app, specialist, 'GET', '/api/v1/plans?unitCode=A')).json()) as {
      plans: unknown[];
    };
    const res = await call(t.app, specialist, 'POST', '/api/v1/plans', {
      unitCode: 'A',
      questionnaire: 'KH-UBND-XA',
      period: '2026',
      tasks: [
        { task: 'Niêm yết thủ tục', due: { kind: 'text', text: 'Thường xuyên' }, responsible: 'Văn phòng' },
        { task: 'Sửa mái che', due: { kind: 'date', date: '2026-11-30' }, responsible: 'Văn phòng' },
      ],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { message: string; details: { fields: { field: string }[] } };
    };
    expect(body.error.details.fields.map((f) => f.field)).toEqual(['tasks[1].due']);
    expect(body.error.message).toContain('30/11/2026');
    const after = (await (await call(t.app, specialist, 'GET', '/api/v1/plans?unitCode=A')).json()) as {
      plans: unknown[];
    };
    expect(after.plans).toHaveLength(before.plans.length);
  });

  it('from the 2024 result too: a plan for 2027, not 2025, with no task overdue at once', async () => {
    const res = await call(t.app, specialist, 'POST', '/api/v1/plans', {
      unitCode: 'A',
      questionnaire: 'KH-UBND-XA',
      period: '2024',
    });
    expect(res.status).toBe(201);
    const plan = (await res.json()) as Plan;
    expect(plan.window).toBe('2027');
    // Against 92 % everywhere, C1, C2 and C3 are under target and their measures were taken.
    expect(new Set(plan.taskList.map((x) => x.criterionCode))).toEqual(new Set(['C1', 'C2', 'C3']));
    expect(plan.taskList.some((x) => x.deadline !== null)).toBe(true);
    expect(plan.tasks.overdue).toBe(0);
  });

  it('lets the drafter choose the next year (2028): stored, and used in the title and the task dates', async () => {
    const proposal = (await (
      await call(
        t.app,
        specialist,
        'GET',
        '/api/v1/plans/proposal?unitCode=A&questionnaire=KH-UBND-XA&period=2026',
      )
    ).json()) as { planYears: number[] };
    expect(proposal.planYears).toEqual([2027, 2028]);
    const res = await call(t.app, specialist, 'POST', '/api/v1/plans', {
      unitCode: 'A',
      questionnaire: 'KH-UBND-XA',
      period: '2026',
      planYear: 2028,
      tasks: [
        { task: 'Niêm yết thủ tục', due: { kind: 'text', text: 'Tháng 01' }, responsible: 'Văn phòng' },
      ],
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Plan & { id: number };
    // Read back: the stored year, not the one computed from the drafting day (2027).
    const plan = (await (await call(t.app, specialist, 'GET', `/api/v1/plans/${created.id}`)).json()) as Plan;
    expect(plan.window).toBe('2028');
    expect(plan.title).toBe('Kế hoạch thực hiện giải pháp nâng cao chỉ số hài lòng của UBND xã An năm 2028');
    expect(plan.taskList.map((x) => x.deadline)).toEqual(['2028-01-31']);
  });

  it('refuses a past year (2025) and one beyond the next, naming planYear', async () => {
    for (const planYear of [2025, 2029]) {
      const res = await call(t.app, specialist, 'POST', '/api/v1/plans', {
        unitCode: 'A',
        questionnaire: 'KH-UBND-XA',
        period: '2026',
        planYear,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { details: { fields: { field: string }[] } } };
      expect(body.error.details.fields.map((f) => f.field)).toEqual(['planYear']);
    }
  });
});
