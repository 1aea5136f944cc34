import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { procedures } from '../../db/schema/index.ts';
import { vnDateTime } from '../../lib/time.ts';

/**
 * Recalculating the due moment keeps the procedure's whole legal time: a same-day procedure with
 * its own cut-off (chứng thực, NĐ 23/2015/NĐ-CP Điều 7) is recalculated with that cut-off, not 15:00.
 */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let officer: Session;

beforeAll(async () => {
  t.setNow(at('2026-03-02T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  // A same-day procedure with its own 16:00 cut-off (the catalogue import stores it so).
  await buildProcedure(t.ctx, { code: 'CT-16', name: 'Chứng thực chữ ký', unitCodes: ['A'] });
  await t.ctx.db
    .update(procedures)
    .set({ processingAmount: 0, processingUnit: 'same_day', sameDayCutoff: '16:00' })
    .where(eq(procedures.code, 'CT-16'));
});

async function clock(local: string) {
  t.setNow(at(local));
  officer = await login(t.app, 'officer.a', PASSWORD);
}

describe('recalculating a same-day dossier', () => {
  it('keeps the procedure’s own cut-off: received Monday 15:30 with a 16:00 cut-off stays due Monday 17:00', async () => {
    await clock('2026-03-02T15:30');
    const received = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
      unitCode: 'A',
      procedureCode: 'CT-16',
      channel: 'direct',
      applicant: { kind: 'person', name: 'Nguyễn Văn An' },
      contactConsent: false,
      documents: [{ name: 'Giấy tờ', kind: 'original', count: 1 }],
    });
    expect(received.status).toBe(201);
    const d = (await received.json()) as { code: string; dueAt: string };
    expect(vnDateTime(new Date(d.dueAt))).toBe('2026-03-02T17:00');

    await clock('2026-03-02T15:45');
    const res = await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/recalculate-due`, {
      reason: 'Kiểm tra lại lịch làm việc',
    });
    expect(res.status).toBe(200);
    const after = (await res.json()) as { dueAt: string };
    // With the default 15:00 cut-off it would have moved to Tuesday 03/03 17:00.
    expect(vnDateTime(new Date(after.dueAt))).toBe('2026-03-02T17:00');
  });
});
