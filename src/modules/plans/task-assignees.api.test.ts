import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildTwoUnitTree, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { buildPlanOf } from '../../../test/plan-factories.ts';
import { buildSurveyOf } from '../../../test/survey-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { issueDocument } from './documents.service.ts';

/**
 * Officers named on a task (#12): the plan's editors name users of the plan's unit or below; a named
 * officer sees the task under "Nhiệm vụ của tôi" and reports its progress without 'plans.manage',
 * on that task only.
 */
const t = await createTestApp();
let adminA: Session;
let officerA: Session;
let planA = { planId: 0, taskId: 0 };
let planB = { planId: 0, taskId: 0 };
let otherTaskA = 0;
const ids: Record<string, number> = {};

interface Task {
  id: number;
  progress: number;
  assignees: { id: number; name: string }[];
}

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'B', role: 'officer', username: 'officer.b' });
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
  officerA = await login(t.app, 'officer.a', TEST_PASSWORD);
  await buildSurveyOf(t.ctx, 'A');
  await buildSurveyOf(t.ctx, 'B');
  planA = await buildPlanOf(t.ctx, 'A');
  planB = await buildPlanOf(t.ctx, 'B');
  const added = await call(t.app, adminA, 'POST', `/api/v1/plans/${planA.planId}/tasks`, {
    task: 'Niêm yết số điện thoại đường dây nóng',
    due: { kind: 'recurring', recurrence: 'thuong_xuyen' },
    responsible: 'Văn phòng',
  });
  expect(added.status).toBe(201);
  otherTaskA = ((await added.json()) as { taskList: Task[] }).taskList[1]!.id;
  const root = await login(t.app, tree.root.username, tree.root.password);
  const users = (await (await call(t.app, root, 'GET', '/api/v1/users')).json()) as {
    users: { id: number; username: string }[];
  };
  for (const u of users.users) ids[u.username] = u.id;
});

describe('officers named on a task', () => {
  it('offers the users of the plan’s unit only, and refuses naming one of another unit', async () => {
    const res = await call(t.app, adminA, 'GET', `/api/v1/plans/${planA.planId}/assignable-users`);
    expect(res.status).toBe(200);
    const names = ((await res.json()) as { users: { username: string }[] }).users.map((u) => u.username);
    expect(names).toContain('officer.a');
    expect(names).not.toContain('officer.b');
    const refused = await call(
      t.app,
      adminA,
      'PATCH',
      `/api/v1/plans/${planA.planId}/tasks/${planA.taskId}`,
      {
        assignees: [ids['officer.b']],
      },
    );
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { details: { fields: { field: string }[] } } };
    expect(body.error.details.fields.map((f) => f.field)).toEqual(['assignees[0]']);
  });

  it('names an officer, who then sees the task under my tasks', async () => {
    const res = await call(t.app, adminA, 'PATCH', `/api/v1/plans/${planA.planId}/tasks/${planA.taskId}`, {
      assignees: [ids['officer.a']],
    });
    expect(res.status).toBe(200);
    const plan = (await res.json()) as { taskList: Task[] };
    expect(plan.taskList[0]!.assignees.map((a) => a.id)).toEqual([ids['officer.a']]);
    expect(plan.taskList[1]!.assignees).toEqual([]);
    const mine = await call(t.app, officerA, 'GET', '/api/v1/plans/my-tasks');
    expect(mine.status).toBe(200);
    const { tasks } = (await mine.json()) as {
      tasks: { planId: number; taskId: number; unitCode: string; planTitle: string; progress: number }[];
    };
    expect(tasks.map((x) => [x.planId, x.taskId, x.unitCode, x.progress])).toEqual([
      [planA.planId, planA.taskId, 'A', 50],
    ]);
    expect(tasks[0]!.planTitle).toContain('Xã An');
    const adminsOwn = (await (await call(t.app, adminA, 'GET', '/api/v1/plans/my-tasks')).json()) as {
      tasks: unknown[];
    };
    expect(adminsOwn.tasks).toEqual([]);
  });

  it('lets the named officer (no plans.manage) report progress on that task', async () => {
    const res = await call(
      t.app,
      officerA,
      'POST',
      `/api/v1/plans/${planA.planId}/tasks/${planA.taskId}/updates`,
      { progress: 80, comment: 'Đã lắp quạt' },
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as Task).progress).toBe(80);
  });

  it('refuses the officer on any other task: same plan, another unit’s plan, or a task named under the wrong plan', async () => {
    const attempts = [
      `/api/v1/plans/${planA.planId}/tasks/${otherTaskA}/updates`,
      `/api/v1/plans/${planB.planId}/tasks/${planB.taskId}/updates`,
      `/api/v1/plans/${planB.planId}/tasks/${planA.taskId}/updates`,
    ];
    for (const path of attempts) {
      const res = await call(t.app, officerA, 'POST', path, { progress: 90 });
      expect([403, 404], path).toContain(res.status);
    }
    const task = (await (await call(t.app, adminA, 'GET', `/api/v1/plans/${planA.planId}`)).json()) as {
      taskList: Task[];
    };
    expect(task.taskList.map((x) => x.progress)).toEqual([80, 0]);
  });

  it('refuses my tasks limited to a unit outside the user’s own', async () => {
    const res = await call(t.app, officerA, 'GET', '/api/v1/plans/my-tasks?unitCode=B');
    expect(res.status).toBe(403);
  });

  it('still names officers once the plan is issued, while the annex itself no longer changes', async () => {
    await issueDocument(t.ctx, systemActor('test'), {
      kind: 'decision_plan',
      source: { planId: planA.planId },
      text: { signature: { name: 'Nguyễn Văn Thử' } },
    });
    const path = `/api/v1/plans/${planA.planId}/tasks/${otherTaskA}`;
    const named = await call(t.app, adminA, 'PATCH', path, { assignees: [ids['officer.a']] });
    expect(named.status).toBe(200);
    const plan = (await named.json()) as { status: string; taskList: Task[] };
    expect(plan.status).toBe('issued');
    expect(plan.taskList[1]!.assignees.map((a) => a.id)).toEqual([ids['officer.a']]);
    const edited = await call(t.app, adminA, 'PATCH', path, { task: 'Đổi nội dung', assignees: [] });
    expect(edited.status).toBe(409);
  });
});
