import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { queryRows } from '../../db/rows.ts';
import { auditLog } from '../../db/schema/index.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { flat } from './slips/testing.ts';

/** Dừng giải quyết (NĐ 118/2025, TT 03/2025 Mẫu số 05), over HTTP as an officer does it. */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let officer: Session;
let foreign: Session;

type Detail = {
  code: string;
  status: number;
  ruleSet: string;
  slips: { form: string }[];
  events: {
    kind: string;
    fromStatus: number | null;
    toStatus: number | null;
    data: Record<string, unknown>;
  }[];
};
type Failure = { error: { code: string; message: string; details: Record<string, unknown> } };

const STOP = {
  reason: 'Cơ quan có thẩm quyền đang xác minh tranh chấp liên quan đến nội dung hồ sơ.',
  legalBasis: 'Nghị định 118/2025/NĐ-CP',
};

async function receive(receivedAt?: string): Promise<Detail> {
  const res = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Nguyễn Văn An', phone: '0905123456' },
    contactConsent: true,
    documents: [{ name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 }],
    ...(receivedAt ? { receivedAt } : {}),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Detail;
}

const step = (code: string, path: string, body?: unknown, who: Session = officer) =>
  call(t.app, who, 'POST', `/api/v1/dossiers/${code}/${path}`, body);

beforeAll(async () => {
  t.setNow(at('2026-03-02T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A'] });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'B', role: 'officer', username: 'officer.b' });
  t.setNow(at('2026-03-02T09:00'));
  officer = await login(t.app, 'officer.a', PASSWORD);
  foreign = await login(t.app, 'officer.b', PASSWORD);
});

describe('POST /dossiers/{code}/stop', () => {
  it('stops a dossier in processing: status 8, timeline, audit, the applicant told, and the notice (Mẫu số 05)', async () => {
    const d = await receive();
    expect(d.ruleSet).toBe('ND118-2025');
    expect((await step(d.code, 'process')).status).toBe(200);
    const res = await step(d.code, 'stop', STOP);
    expect(res.status).toBe(200);
    const after = (await res.json()) as Detail;
    expect(after.status).toBe(8);
    expect(after.events.at(-1)).toMatchObject({ kind: 'stopped', fromStatus: 4, toStatus: 8, data: STOP });
    expect(after.slips.map((s) => s.form)).toContain('stop');
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'dossier'),
          eq(auditLog.entityId, d.code),
          eq(auditLog.action, 'dossier.stopped'),
        ),
      )
      .orderBy(asc(auditLog.id));
    expect(audit).toHaveLength(1);
    const queued = await queryRows<{ channel: string; template: string }>(
      t.ctx.db,
      sql`select channel, template from outbox where dedupe_key = ${`dossier.stopped:${d.code}`}`,
    );
    expect(queued).toEqual([{ channel: 'sms', template: 'dossier.stopped' }]);

    const pdf = await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}/slips/stop`);
    expect(pdf.status).toBe(200);
    const text = flat(await readPdf(new Uint8Array(await pdf.arrayBuffer())));
    expect(text).toContain('Mẫu số 05 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Số và tên mẫu theo dữ liệu chưa kiểm chứng với văn bản gốc');
    expect(text).toContain(`Căn cứ ${STOP.legalBasis}, cơ quan giải quyết thông báo dừng giải quyết hồ sơ`);
    expect(text).toContain(STOP.reason);
    expect(text).toContain(`Mã hồ sơ: ${d.code}`);
  });

  it('stops a dossier waiting for a supplement', async () => {
    const d = await receive();
    expect(
      (await step(d.code, 'supplement', { missing: ['Giấy chứng sinh'], reason: 'Thiếu giấy chứng sinh' }))
        .status,
    ).toBe(200);
    const res = await step(d.code, 'stop', STOP);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Detail).events.at(-1)).toMatchObject({ fromStatus: 5, toStatus: 8 });
  });

  it('refuses a dossier not yet in processing, or already stopped, with 409 DOSSIER_STATE', async () => {
    const d = await receive();
    const res = await step(d.code, 'stop', STOP);
    expect(res.status).toBe(409);
    expect(((await res.json()) as Failure).error.code).toBe('DOSSIER_STATE');
    await step(d.code, 'process');
    expect((await step(d.code, 'stop', STOP)).status).toBe(200);
    const again = await step(d.code, 'stop', STOP);
    expect(again.status).toBe(409);
    expect(((await again.json()) as Failure).error.code).toBe('DOSSIER_STATE');
  });

  it('names the missing field (400): no reason, or no legal basis; nothing changes', async () => {
    const d = await receive();
    await step(d.code, 'process');
    const noReason = await step(d.code, 'stop', { reason: '  ', legalBasis: STOP.legalBasis });
    expect(noReason.status).toBe(400);
    const failure = (await noReason.json()) as Failure;
    expect(failure.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(failure.error.details)).toContain('"field":"reason"');
    const noBasis = await step(d.code, 'stop', { reason: STOP.reason });
    expect(noBasis.status).toBe(400);
    expect(JSON.stringify(((await noBasis.json()) as Failure).error.details)).toContain(
      '"field":"legalBasis"',
    );
    const now = (await (await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}`)).json()) as Detail;
    expect(now.status).toBe(4);
  });

  it("does not let another unit's officer stop the dossier (403), nor learn anything from it", async () => {
    const d = await receive();
    await step(d.code, 'process');
    const res = await step(d.code, 'stop', STOP, foreign);
    expect([403, 404]).toContain(res.status);
    const now = (await (await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}`)).json()) as Detail;
    expect(now.status).toBe(4);
  });

  it('refuses to stop a dossier received under NĐ 61/2018, whose data has no stop notice (409 STOP_NOT_IN_REGIME)', async () => {
    const d = await receive('2025-05-20T09:00:00+07:00');
    expect(d.ruleSet).toBe('ND61-2018');
    await step(d.code, 'process');
    const res = await step(d.code, 'stop', STOP);
    expect(res.status).toBe(409);
    expect(((await res.json()) as Failure).error).toMatchObject({
      code: 'STOP_NOT_IN_REGIME',
      details: { ruleSet: 'ND61-2018' },
    });
  });
});
