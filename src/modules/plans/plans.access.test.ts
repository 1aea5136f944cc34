import { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../../../test/app.ts';
import { buildTwoUnitTree } from '../../../test/factories.ts';
import { buildPlanOf, createPlansTestApp } from '../../../test/plan-factories.ts';
import { buildSurveyOf } from '../../../test/survey-factories.ts';
import { documentsRoutes } from './documents.routes.ts';
import { plansRoutes } from './plans.routes.ts';
import { reportsRoutes } from './reports.routes.ts';

/**
 * Every scoped route of plans, documents and reports refuses the admin of commune A acting on
 * commune B's data with 403 (the same fixture as test/route-access.test.ts, whose FOREIGN table
 * takes these entries once src/server/app.ts mounts the routes).
 */
const t = await createPlansTestApp();
let adminA: Session;
let b = { planId: 0, taskId: 0, updateId: 0, documentId: 0, period: '' };
let publicationOfB = 0;

type Foreign = { path: string; body?: unknown };

const FOREIGN: Record<string, () => Foreign> = {
  // The library is shared: only the top of the tree edits it.
  'POST /api/v1/plans/measures': () => ({
    path: '/api/v1/plans/measures',
    body: { questionnaire: 'KH-UBND-XA', criterion: 'C2', task: 'Lắp quạt', responsible: 'Văn phòng' },
  }),
  'POST /api/v1/plans/measures/import': () => ({
    path: '/api/v1/plans/measures/import',
    body: {
      questionnaire: 'KH-UBND-XA',
      measures: [{ criterion: 'C2', task: 'Lắp quạt', responsible: 'Văn phòng' }],
    },
  }),
  'PATCH /api/v1/plans/measures/{id}': () => ({ path: '/api/v1/plans/measures/1', body: { active: false } }),
  'GET /api/v1/plans/proposal': () => ({
    path: `/api/v1/plans/proposal?unitCode=B&questionnaire=KH-UBND-XA&period=${b.period}`,
  }),
  'GET /api/v1/plans/overview': () => ({ path: '/api/v1/plans/overview?unitCode=B' }),
  'GET /api/v1/plans/reminders': () => ({ path: '/api/v1/plans/reminders?unitCode=B' }),
  'GET /api/v1/plans': () => ({ path: '/api/v1/plans?unitCode=B' }),
  'POST /api/v1/plans': () => ({
    path: '/api/v1/plans',
    body: { unitCode: 'B', questionnaire: 'KH-UBND-XA', period: b.period },
  }),
  'GET /api/v1/plans/{id}': () => ({ path: `/api/v1/plans/${b.planId}` }),
  'PATCH /api/v1/plans/{id}': () => ({ path: `/api/v1/plans/${b.planId}`, body: { title: 'Đổi tên' } }),
  'POST /api/v1/plans/{id}/close': () => ({ path: `/api/v1/plans/${b.planId}/close` }),
  'GET /api/v1/plans/{id}/effect': () => ({ path: `/api/v1/plans/${b.planId}/effect` }),
  'POST /api/v1/plans/{id}/tasks': () => ({
    path: `/api/v1/plans/${b.planId}/tasks`,
    body: { task: 'Việc mới', due: { kind: 'text', text: 'Tháng 01' }, responsible: 'Văn phòng' },
  }),
  'PATCH /api/v1/plans/{id}/tasks/{taskId}': () => ({
    path: `/api/v1/plans/${b.planId}/tasks/${b.taskId}`,
    body: { task: 'Sửa' },
  }),
  'DELETE /api/v1/plans/{id}/tasks/{taskId}': () => ({ path: `/api/v1/plans/${b.planId}/tasks/${b.taskId}` }),
  'POST /api/v1/plans/{id}/tasks/{taskId}/updates': () => ({
    path: `/api/v1/plans/${b.planId}/tasks/${b.taskId}/updates`,
    body: { progress: 90 },
  }),
  'GET /api/v1/plans/{id}/tasks/{taskId}/updates/{updateId}/file': () => ({
    path: `/api/v1/plans/${b.planId}/tasks/${b.taskId}/updates/${b.updateId}/file`,
  }),
  'POST /api/v1/documents/draft': () => ({
    path: '/api/v1/documents/draft',
    body: { kind: 'decision_index', source: { publicationId: publicationOfB } },
  }),
  'POST /api/v1/documents/preview/docx': () => ({
    path: '/api/v1/documents/preview/docx',
    body: { kind: 'letter', source: { unitCode: 'B', questionnaire: 'KH-UBND-XA', period: b.period } },
  }),
  'POST /api/v1/documents/preview/pdf': () => ({
    path: '/api/v1/documents/preview/pdf',
    body: { kind: 'decision_plan', source: { planId: b.planId } },
  }),
  'POST /api/v1/documents': () => ({
    path: '/api/v1/documents',
    body: {
      kind: 'letter',
      source: { unitCode: 'B', questionnaire: 'KH-UBND-XA', period: b.period },
      text: { signature: { name: 'X' } },
    },
  }),
  'GET /api/v1/documents': () => ({ path: '/api/v1/documents?unitCode=B' }),
  'GET /api/v1/documents/{id}': () => ({ path: `/api/v1/documents/${b.documentId}` }),
  'GET /api/v1/documents/{id}/docx': () => ({ path: `/api/v1/documents/${b.documentId}/docx` }),
  'GET /api/v1/documents/{id}/pdf': () => ({ path: `/api/v1/documents/${b.documentId}/pdf` }),
  'GET /api/v1/reports/periodic': () => ({ path: `/api/v1/reports/periodic?unitCode=B&period=${b.period}` }),
  'GET /api/v1/reports/periodic/docx': () => ({
    path: `/api/v1/reports/periodic/docx?unitCode=B&period=${b.period}-H1`,
  }),
  'GET /api/v1/reports/periodic/xlsx': () => ({
    path: `/api/v1/reports/periodic/xlsx?unitCode=B&period=${b.period}-Q1`,
  }),
};

function scopedRoutes(): string[] {
  const api = new OpenAPIHono();
  api.route('/api/v1', plansRoutes(t.ctx));
  api.route('/api/v1', documentsRoutes(t.ctx));
  api.route('/api/v1', reportsRoutes(t.ctx));
  const doc = api.getOpenAPIDocument({ openapi: '3.0.3', info: { title: 'plans', version: 'test' } });
  return Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops as Record<string, { 'x-hailong-access'?: string }>)
      .filter(([, op]) => op['x-hailong-access'] === 'scoped')
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
  ({ publicationId: publicationOfB } = await buildSurveyOf(t.ctx, 'B'));
  b = await buildPlanOf(t.ctx, 'B');
});

describe('plans, documents and reports: access of a foreign unit', () => {
  it('every scoped route has a foreign-unit case, and no case is stale', () => {
    const scoped = scopedRoutes();
    expect(scoped.filter((k) => !FOREIGN[k])).toEqual([]);
    expect(Object.keys(FOREIGN).filter((k) => !scoped.includes(k))).toEqual([]);
  });

  it("gives commune A's admin 403 on commune B's data, on every scoped route", async () => {
    const results: string[] = [];
    for (const [key, make] of Object.entries(FOREIGN)) {
      const req = make();
      const res = await t.app.request(req.path, {
        method: key.split(' ')[0],
        headers: { ...adminA.headers, ...(req.body ? { 'content-type': 'application/json' } : {}) },
        ...(req.body ? { body: JSON.stringify(req.body) } : {}),
      });
      results.push(`${key} → ${res.status}`);
    }
    expect(results).toEqual(results.map((r) => r.replace(/→ \d+$/, '→ 403')));
  });
});
