import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildTwoUnitTree } from '../../../test/factories.ts';
import { buildPlanOf } from '../../../test/plan-factories.ts';
import { buildSurveyOf } from '../../../test/survey-factories.ts';

/**
 * A task and a progress update are reached only through their own plan: naming the user's own
 * plan with another unit's task or update id finds nothing (404), never the other unit's file.
 */
const t = await createTestApp();
let adminB: Session;
let planA: Awaited<ReturnType<typeof buildPlanOf>>;
let planB: Awaited<ReturnType<typeof buildPlanOf>>;

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  await buildSurveyOf(t.ctx, 'A');
  await buildSurveyOf(t.ctx, 'B');
  planA = await buildPlanOf(t.ctx, 'A');
  planB = await buildPlanOf(t.ctx, 'B');
  adminB = await login(t.app, tree.adminB.username, tree.adminB.password);
});

describe('nested plan resources', () => {
  it("gives the user's own evidence file through its own plan and task", async () => {
    const res = await call(
      t.app,
      adminB,
      'GET',
      `/api/v1/plans/${planB.planId}/tasks/${planB.taskId}/updates/${planB.updateId}/file`,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ảnh ghế');
  });

  it("never gives another unit's evidence file through the user's own plan id", async () => {
    const res = await call(
      t.app,
      adminB,
      'GET',
      `/api/v1/plans/${planB.planId}/tasks/${planA.taskId}/updates/${planA.updateId}/file`,
    );
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string; details: unknown } };
    expect(body.error.code).toBe('TASK_NOT_FOUND');
    expect(body.error.message).toMatch(/không có nhiệm vụ/);
    expect(body.error.details).toEqual({ planId: planB.planId, taskId: planA.taskId });
  });

  it("refuses an update id of another task, even of the user's own plan's task", async () => {
    const res = await call(
      t.app,
      adminB,
      'GET',
      `/api/v1/plans/${planB.planId}/tasks/${planB.taskId}/updates/${planA.updateId}/file`,
    );
    expect(res.status).toBe(404);
  });

  it("cannot edit, delete or report on another unit's task through the user's own plan", async () => {
    const base = `/api/v1/plans/${planB.planId}/tasks/${planA.taskId}`;
    expect((await call(t.app, adminB, 'PATCH', base, { task: 'Sửa trộm' })).status).toBe(404);
    expect((await call(t.app, adminB, 'POST', `${base}/updates`, { progress: 100 })).status).toBe(404);
    expect((await call(t.app, adminB, 'DELETE', base)).status).toBe(404);
  });
});
