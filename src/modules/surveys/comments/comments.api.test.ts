import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../../test/app.ts';
import { buildUnit, buildUser } from '../../../../test/factories.ts';
import { buildSurveyOf } from '../../../../test/survey-factories.ts';
import { fetchForm, postResponse, solveProof } from '../../../../test/survey-public.ts';
import { queryRows } from '../../../db/rows.ts';
import { readPdf } from '../../../documents/testing/pdf-reader.ts';
import { formGuard } from '../responses/form-guard.ts';
import { PHONE_MASK } from './mask.ts';

/**
 * The optional comment of the public survey form (#12 item 2): sent with the response, stored
 * masked and apart from it, public only once an officer of the unit publishes it.
 */
const t = await createTestApp();
let leader: Session;
let top: Session;
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const answers = { 'C1.1': 3, 'C1.2': 2 };
const COMMENT = 'Cán bộ nhiệt tình. Có việc gọi chị Lan 0905 123 456 hoặc lan@phuong.gov.vn';

async function sendWithComment(unit: string, comment: string, address: string) {
  const form = await fetchForm(t.app, unit, address);
  return postResponse(
    t.app,
    unit,
    { answers, consent: true, comment, deviceToken: form.deviceToken, proof: await solveProof(form) },
    address,
  );
}
type Comment = { id: number; unit: string; text: string; status: string; receivedOn: string };
const listOf = async (unit: string, status = '') =>
  (
    await json<{ comments: Comment[] }>(
      await call(t.app, leader, 'GET', `/api/v1/surveys/comments?unitCode=${unit}${status}`),
    )
  ).comments;
const publicOf = async (unit: string) =>
  (
    await json<{ comments: { text: string; receivedOn: string }[] }>(
      await t.app.request(`/api/v1/public/surveys/${unit}/comments?period=2026`),
    )
  ).comments;

beforeAll(async () => {
  formGuard(t.ctx, { powMaxNumber: 2000 });
  t.setNow(new Date('2026-03-02T09:30:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  for (const code of ['P1', 'P2']) {
    await buildUnit(t.ctx, { code, name: `Phường ${code}`, parentCode: 'T' });
    await buildSurveyOf(t.ctx, code);
  }
  await buildUser(t.ctx, { unitCode: 'P1', role: 'leader', username: 'leader.p1' });
  await buildUser(t.ctx, { unitCode: 'T', username: 'admin.t' });
  leader = await login(t.app, 'leader.p1', 'Mat-khau-thu-2025');
  top = await login(t.app, 'admin.t', 'Mat-khau-thu-2025');
});

describe('a comment sent with the public form', () => {
  it('is stored masked, with its unit and Vietnam day only, and pending', async () => {
    expect((await sendWithComment('P1', COMMENT, '198.51.100.7')).status).toBe(201);
    const rows = await queryRows<Record<string, unknown>>(
      t.ctx.db,
      sql`select * from survey_comments where unit_id = (select id from units where code = 'P1')`,
    );
    expect(rows).toHaveLength(1);
    // Nothing in the row points at the response: no response id, no time, no device or address.
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'demo',
        'id',
        'moderated_at',
        'moderated_by',
        'received_on',
        'status',
        'text',
        'unit_id',
        'wave_id',
      ].sort(),
    );
    expect(rows[0]!.status).toBe('pending');
    const text = String(rows[0]!.text);
    expect(text).not.toMatch(/905|123 456|@/);
    expect(text).toContain(PHONE_MASK);
    const [listed] = await listOf('P1');
    expect(listed).toMatchObject({ unit: 'P1', status: 'pending', receivedOn: '2026-03-02', text });
  });

  it('is refused whole when longer than 1,000 characters: neither the response nor the comment is kept', async () => {
    const before = await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from responses`);
    const res = await sendWithComment('P1', 'a'.repeat(1001), '198.51.100.8');
    expect(res.status).toBe(400);
    const after = await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from responses`);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await listOf('P1')).toHaveLength(1);
  });

  it('is not public until an officer of the unit publishes it, and leaves the page when hidden (audited)', async () => {
    expect(await publicOf('P1')).toEqual([]);
    const [pending] = await listOf('P1', '&status=pending');
    const published = await call(t.app, leader, 'PATCH', `/api/v1/surveys/units/P1/comments/${pending!.id}`, {
      status: 'published',
    });
    expect(published.status).toBe(200);
    expect((await publicOf('P1')).map((c) => c.text)).toEqual([pending!.text]);
    expect(await listOf('P1', '&status=pending')).toEqual([]);
    const hidden = await call(t.app, leader, 'PATCH', `/api/v1/surveys/units/P1/comments/${pending!.id}`, {
      status: 'hidden',
    });
    expect(hidden.status).toBe(200);
    expect(await publicOf('P1')).toEqual([]);
    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_type = 'survey_comment' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['survey_comment.publish', 'survey_comment.hide']);
  });

  it("answers 404 for another unit's comment named under the officer's unit, 403 under the other unit", async () => {
    expect((await sendWithComment('P2', 'Phòng chờ nóng', '198.51.100.9')).status).toBe(201);
    const [ofP2] = (
      await json<{ comments: Comment[] }>(
        await call(t.app, top, 'GET', '/api/v1/surveys/comments?unitCode=P2'),
      )
    ).comments;
    const under = (unit: string) =>
      call(t.app, leader, 'PATCH', `/api/v1/surveys/units/${unit}/comments/${ofP2!.id}`, {
        status: 'published',
      });
    expect((await under('P1')).status).toBe(404);
    expect((await under('P2')).status).toBe(403);
    expect((await call(t.app, leader, 'GET', '/api/v1/surveys/comments?unitCode=P2')).status).toBe(403);
    expect((await listOf('P1')).map((c) => c.unit)).toEqual(['P1']);
  });
});

describe('the form of address', () => {
  it('is "Ông/Bà" by default and "Anh/Chị" everywhere once the top of the tree chooses it', async () => {
    const form = await json<{ addressForm: string; consentText: string }>(
      await t.app.request('/api/v1/public/surveys/P1'),
    );
    expect(form.addressForm).toBe('Ông/Bà');
    expect(form.consentText).not.toMatch(/anh\/chị/i);
    expect(
      (await call(t.app, leader, 'PUT', '/api/v1/surveys/settings/address-form', { addressForm: 'Anh/Chị' }))
        .status,
    ).toBe(403);
    const res = await call(t.app, top, 'PUT', '/api/v1/surveys/settings/address-form', {
      addressForm: 'Anh/Chị',
    });
    expect(res.status).toBe(200);
    const after = await (await t.app.request('/api/v1/public/surveys/P1')).text();
    expect(JSON.parse(after).addressForm).toBe('Anh/Chị');
    expect(after).not.toMatch(/ông\/bà/i);
    expect(after).toMatch(/anh\/chị/i);
    // The printed questionnaire speaks the same way, its questions and its own notice alike.
    const paper = await call(t.app, top, 'GET', '/api/v1/surveys/waves/W-P1/paper?unitCode=P1');
    expect(paper.status).toBe(200);
    const text = (await readPdf(new Uint8Array(await paper.arrayBuffer()))).map((p) => p.text).join(' ');
    expect(text).not.toMatch(/ông\s*\/\s*bà/i);
    expect(text).toMatch(/anh\s*\/\s*chị/i);
    const poster = await call(t.app, top, 'GET', '/api/v1/surveys/posters/P1');
    const posterText = (await readPdf(new Uint8Array(await poster.arrayBuffer())))
      .map((p) => p.text)
      .join(' ');
    expect(posterText.replace(/\s+/g, '')).toContain('ANH/CHỊ');
    expect(posterText).not.toMatch(/ông\s*\/\s*bà/i);
  });
});
