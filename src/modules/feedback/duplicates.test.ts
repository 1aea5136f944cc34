import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { queryRows } from '../../db/rows.ts';
import { findDuplicates } from './duplicates.queries.ts';
import { findByCode } from './feedback.repo.ts';

/**
 * Duplicate suggestions use pg_trgm on both engines (PGlite loads its build of the extension), so
 * an officer sees the same suggestions on the embedded database and on PostgreSQL.
 */
const t = await createTestApp();
let officer: Session;
let citizens = 0;

const submit = async (description: string) => {
  citizens++;
  const res = await t.app.request(
    '/api/v1/public/feedback',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ categoryCode: 'DEN-DUONG', unitCode: 'A', description }),
    },
    { incoming: { socket: { remoteAddress: `10.1.${citizens >> 8}.${citizens & 255}` } } },
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { code: string }).code;
};
const suggestions = async (code: string) => {
  const res = await call(t.app, officer, 'GET', `/api/v1/feedback/${code}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { duplicateSuggestions: { code: string }[] }).duplicateSuggestions;
};

beforeAll(async () => {
  t.setNow(new Date('2026-03-02T09:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An Phú', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'admin', username: 'admin.t' });
  const admin = await login(t.app, 'admin.t', TEST_PASSWORD);
  const created = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
    code: 'DEN-DUONG',
    name: 'Đèn chiếu sáng công cộng',
    unitCode: 'T',
  });
  expect(created.status).toBe(201);
  officer = await login(t.app, 'officer.a', TEST_PASSWORD);
});

describe('duplicate suggestions with pg_trgm', () => {
  it("the database has pg_trgm's similarity(), with PostgreSQL's trigrams", async () => {
    const [row] = await queryRows<{ trigrams: string[]; score: number }>(
      t.ctx.db,
      sql`select show_trgm('cat') as trigrams, similarity('word', 'two words')::float8 as score`,
    );
    expect(row!.trigrams).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(row!.score).toBeCloseTo(0.363636, 5);
  });

  it('ranks two wordings of the same pothole above a shorter one, and leaves an unrelated report out', async () => {
    const a = await submit('Ổ gà lớn giữa đường Nguyễn Trãi gần ngã tư');
    const b = await submit('Đường Nguyễn Trãi có ổ gà lớn gần ngã tư, xe máy dễ ngã');
    const c = await submit('Ổ gà giữa đường Nguyễn Trãi');
    const other = await submit('Cây xanh đổ chắn ngang đường liên thôn');
    const item = (await findByCode(t.ctx.db, a))!.f;
    const found = await findDuplicates(t.ctx.db, item);
    // The scores are the Jaccard index of the folded texts' trigram sets, as pg_trgm counts them.
    expect(found.map((d) => [d.code, Number(d.score.toFixed(4))])).toEqual([
      [c, 0.75],
      [b, 0.6667],
    ]);
    expect((await suggestions(a)).map((s) => s.code)).toEqual([c, b]);
    expect((await suggestions(other)).map((s) => s.code)).toEqual([]);
  });

  it('finds the similar report however many newer open reports the unit has', async () => {
    const first = await submit('Đèn đường trước cổng chợ Đầm tắt cả tuần nay');
    // 600 newer open reports of the same category and unit, none alike (made in SQL: quicker).
    await t.ctx.db.execute(sql`
      insert into feedback_items (code, category_id, unit_id, channel, status, description, search_text,
        received_at, calendar_version, reject_by, transfer_by, answer_by, tracking_hash)
      select 'PA-FILL-' || g, category_id, unit_id, channel, status, 'Hồ sơ số ' || g, 'mau ' || md5(g::text),
        received_at + g * interval '1 second', calendar_version, reject_by, transfer_by, answer_by, tracking_hash
      from feedback_items, generate_series(1, 600) g
      where code = ${first}`);
    const second = await submit('Đèn đường trước cổng chợ Đầm bị tắt mấy hôm nay');
    expect((await suggestions(second)).map((s) => s.code)).toEqual([first]);
  });
});
