import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildUnit } from '../../../test/factories.ts';
import { buildSurveyOf } from '../../../test/survey-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { queryRows } from '../../db/rows.ts';
import { createUser } from '../accounts/accounts.service.ts';
import { issueDocument } from './documents.service.ts';
import { queuePlanReminders } from './reminders-outbox.ts';
import { createPlan } from './use-cases/create-plan.ts';

/**
 * An issued plan (2026 index → 2027 plan) with a task that passes its date a year later: its leader
 * (with a work email) gets one reminder.
 */
const t = await createTestApp();
const system = systemActor('test');

beforeAll(async () => {
  t.setNow(new Date('2026-03-10T10:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildSurveyOf(t.ctx, 'A');
  const user = { password: 'Mat-khau-thu-2025', unitCode: 'A' };
  await createUser(t.ctx, system, {
    ...user,
    username: 'leader.a',
    displayName: 'Lê Văn Lãnh',
    role: 'leader',
    email: 'lanh@an.gov.vn',
  });
  await createUser(t.ctx, system, {
    ...user,
    username: 'specialist.a',
    displayName: 'Không Có Email',
    role: 'specialist',
  });
  await createUser(t.ctx, system, {
    ...user,
    username: 'officer.a',
    displayName: 'Cán Bộ',
    role: 'officer',
    email: 'canbo@an.gov.vn',
  });
  const plan = await createPlan(t.ctx, system, {
    unitCode: 'A',
    questionnaire: 'KH-UBND-XA',
    period: '2026',
    tasks: [
      {
        task: 'Lắp quạt tại khu vực chờ',
        due: { kind: 'date', date: '2027-02-15' },
        responsible: 'Văn phòng',
      },
    ],
  });
  await issueDocument(t.ctx, system, {
    kind: 'decision_plan',
    source: { planId: plan.id },
    text: { signature: { name: 'Nguyễn Văn Chủ' } },
  });
  t.setNow(new Date('2027-03-10T10:00:00+07:00'));
});

describe('plan reminders through the outbox', () => {
  it('queues one email per overdue task to the leaders and specialists with an email, once', async () => {
    expect(await queuePlanReminders(t.ctx)).toBe(1);
    const rows = await queryRows<{
      recipient: string;
      template: string;
      payload: { reminder: string; task: string };
    }>(t.ctx.db, sql`select recipient, template, payload from outbox where template = 'plan.task_reminder'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient: 'lanh@an.gov.vn',
      payload: { task: 'Lắp quạt tại khu vực chờ' },
    });
    expect(rows[0]!.payload.reminder).toContain('15/02/2027');
    // The next scan (every few minutes in the server) queues nothing new for the same deadline.
    expect(await queuePlanReminders(t.ctx)).toBe(0);
  });
});
