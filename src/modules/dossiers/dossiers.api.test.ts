import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { KH_UBND_XA } from '../../../test/survey-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { queryRows } from '../../db/rows.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { importQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { lookupCheck } from './lookup-check.ts';
import { LOOKUPS_PER_MINUTE } from './lookup-limit.ts';
import { ratingToken } from './rating.service.ts';
import { decodeQrCodes, flat } from './slips/testing.ts';

/** The desk over HTTP: reception, the duties as rules, the clock, the public lookup and the rating. */
const t = await createTestApp();
let officer: Session;
let officer2: Session;
let leader: Session;
const at = (local: string) => new Date(`${local}:00+07:00`);
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
/** A citizen's connection (node-server's conninfo reads it): each caller from its own address. */
let addresses = 0;
const fromAddress = () => {
  addresses++;
  return { incoming: { socket: { remoteAddress: `10.9.${addresses >> 8}.${addresses & 255}` } } };
};
const anon = (path: string, from: ReturnType<typeof fromAddress>) => t.app.request(path, {}, from);
type Detail = {
  code: string;
  status: number;
  dueAt: string;
  remainingWorkingDays: number | null;
  slips: { form: string }[];
  events: { kind: string }[];
};

const receive = async (session: Session, extra: Record<string, unknown> = {}) =>
  call(t.app, session, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Nguyễn Văn An', phone: '0905123456' },
    contactConsent: true,
    documents: [{ name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 }],
    ...extra,
  });

/** Move the clock; sessions last 12 hours, so sign in again at the new time. */
async function clock(local: string) {
  t.setNow(at(local));
  officer = await login(t.app, 'officer.a', 'Mat-khau-thu-2025');
  officer2 = await login(t.app, 'officer.a2', 'Mat-khau-thu-2025');
  leader = await login(t.app, 'leader.a', 'Mat-khau-thu-2025');
}

beforeAll(async () => {
  t.setNow(at('2026-03-02T09:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A', 'B'] });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a2' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'leader', username: 'leader.a' });
  await clock('2026-03-02T09:00');
  for (const file of ['ND61-QUAY.json', 'ND118-QUAY.json'])
    await importQuestionnaire(
      t.ctx,
      systemActor('test'),
      readFileSync(`data/questionnaires/${file}`, 'utf8'),
    );
  void KH_UBND_XA;
});

describe('reception and the clock', () => {
  it('codes the dossier by unit, date and sequence and sets the due moment on the working calendar', async () => {
    const first = await json<Detail>(await receive(officer));
    const second = await json<Detail>(await receive(officer));
    expect(first.code).toBe('A-20260302-0001');
    expect(second.code).toBe('A-20260302-0002');
    // 5 working days from Monday 02/03 09:00 → Monday 09/03 09:00.
    expect(first.dueAt).toBe(at('2026-03-09T09:00').toISOString());
    expect(first.remainingWorkingDays).toBe(5);
    expect(first.slips.map((s) => s.form)).toEqual(['01']);
    // The applicant consented: an SMS with the code and the lookup link waits in the outbox.
    const queued = await queryRows<{ channel: string; recipient: string; template: string }>(
      t.ctx.db,
      sql`select channel, recipient, template from outbox where dedupe_key = ${`dossier.received:${first.code}`}`,
    );
    expect(queued).toEqual([{ channel: 'sms', recipient: '84905123456', template: 'dossier.received' }]);
  });

  it('counts from the next working date when received after closing on a Friday', async () => {
    await clock('2026-03-06T17:30');
    const d = await json<Detail>(await receive(officer));
    // Counting starts Monday 09/03 07:30; 5 working days → Monday 16/03 07:30.
    expect(d.dueAt).toBe(at('2026-03-16T07:30').toISOString());
    await clock('2026-03-02T09:00');
  });

  it('refuses a reception for a procedure the unit does not receive, and bad input with the field named', async () => {
    const res = await receive(officer, { procedureCode: 'KHONG-CO' });
    expect(res.status).toBe(404);
    const bad = await receive(officer, { applicant: { kind: 'person', name: 'X', phone: '12345' } });
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'applicant.phone' }] } },
    });
  });
});

describe('the duties as rules', () => {
  it('asks for supplements once; a second request is refused unless a leader overrides, which counts as a violation', async () => {
    const d = await json<Detail>(await receive(officer));
    const ask = (session: Session, body: Record<string, unknown> = {}) =>
      call(t.app, session, 'POST', `/api/v1/dossiers/${d.code}/supplement`, {
        missing: ['Giấy chứng sinh'],
        reason: 'Thiếu giấy chứng sinh bản chính',
        ...body,
      });
    const first = await json<Detail>(await ask(officer));
    expect(first.status).toBe(5);
    expect(first.slips.map((s) => s.form)).toContain('02');

    // Completed two working days later: the due moment moves by two working days.
    await clock('2026-03-04T10:00');
    const resumed = await json<Detail>(
      await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/supplement-complete`),
    );
    expect(resumed.status).toBe(4);
    expect(resumed.dueAt).toBe(at('2026-03-11T09:00').toISOString());

    const second = await ask(officer);
    expect(second.status).toBe(409);
    expect((await json<{ error: { code: string } }>(second)).error.code).toBe('SUPPLEMENT_ALREADY_REQUESTED');
    expect((await ask(officer, { overrideReason: 'Kết quả xác minh mới cần thêm giấy tờ' })).status).toBe(
      403,
    );
    const overridden = await ask(leader, { overrideReason: 'Kết quả xác minh mới cần thêm giấy tờ' });
    expect(overridden.status).toBe(200);
    const register = await json<{ violations: { kind: string; dossier: string }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/dossiers/violations?month=2026-03'),
    );
    expect(register.violations).toContainEqual(
      expect.objectContaining({ kind: 'SECOND_SUPPLEMENT', dossier: d.code }),
    );
    await clock('2026-03-02T09:00');
  });

  it('refuses a refusal without a legal basis; with one, issues Mẫu 03', async () => {
    const d = await json<Detail>(await receive(officer));
    const bare = await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/refuse`, {
      reason: 'Không đủ điều kiện',
      legalBasis: '',
    });
    expect(bare.status).toBe(400);
    expect((await json<{ error: { code: string } }>(bare)).error.code).toBe('REFUSAL_NEEDS_LEGAL_BASIS');
    const done = await json<Detail>(
      await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/refuse`, {
        reason: 'Người yêu cầu không có quyền đăng ký',
        legalBasis: 'Khoản 1 Điều 15 Luật Hộ tịch 2014',
      }),
    );
    expect(done.status).toBe(3);
    expect(done.slips.map((s) => s.form)).toContain('03');
  });

  it('warns before the due moment, counts a late dossier without apology as a violation, and not one with an apology', async () => {
    const late = await json<Detail>(await receive(officer));
    const sorry = await json<Detail>(await receive(officer));
    await clock('2026-03-06T10:00');
    const warnings = await json<{ dossiers: { code: string; overdue: boolean }[] }>(
      await call(t.app, officer, 'GET', '/api/v1/dossiers/warnings?unitCode=A'),
    );
    expect(warnings.dossiers.map((w) => w.code)).toEqual(expect.arrayContaining([late.code, sorry.code]));
    await call(t.app, leader, 'POST', `/api/v1/dossiers/${sorry.code}/apology`, {
      reason: 'Chờ kết quả xác minh của cơ quan khác',
      newDueAt: '2026-03-12T09:00',
      signerTitle: 'Chủ tịch UBND xã',
      signerName: 'Lê Văn Cường',
    });
    await clock('2026-03-10T08:00');
    const register = await json<{ violations: { kind: string; dossier: string }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/dossiers/violations?month=2026-03&unitCode=A'),
    );
    const late_ = register.violations.filter((v) => v.kind === 'LATE_WITHOUT_APOLOGY').map((v) => v.dossier);
    expect(late_).toContain(late.code);
    expect(late_).not.toContain(sorry.code);
    await clock('2026-03-02T09:00');
  });

  it('invites the applicant to collect a result ready early, and counts it early in the month', async () => {
    const d = await json<Detail>(await receive(officer));
    await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/process`);
    await clock('2026-03-04T15:00');
    const ready = await json<Detail>(await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/result`));
    expect(ready.status).toBe(9);
    expect(ready.slips.map((s) => s.form)).toContain('invitation');
    const board = await json<{ early: number; received: number }>(
      await call(t.app, leader, 'GET', '/api/v1/dossiers/dashboard?month=2026-03&unitCode=A'),
    );
    expect(board.early).toBeGreaterThanOrEqual(1);
    expect(board.received).toBeGreaterThanOrEqual(1);
    await clock('2026-03-02T09:00');
  });

  it('refuses an impossible move with the current status named', async () => {
    const d = await json<Detail>(await receive(officer));
    const res = await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/return`);
    expect(res.status).toBe(409);
    expect((await json<{ error: { message: string } }>(res)).error.message).toContain('Được tiếp nhận');
  });
});

describe('slips', () => {
  it('prints the receipt with the code, and its QR codes open the lookup and the rating', async () => {
    const d = await json<Detail>(await receive(officer));
    const res = await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}/slips/01`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = flat(await readPdf(pdf));
    expect(text).toContain(d.code);
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    const [lookup, rating] = await decodeQrCodes(pdf);
    // The lookup QR carries the check value printed beside the code; with it the page shows the dossier.
    const check = lookupCheck(t.ctx.secret, d.code);
    expect(check).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(text).toContain(`Mã kiểm tra: ${check}`);
    expect(lookup).toBe(`http://localhost/tra-cuu/${d.code}?k=${check}`);
    const opened = await call(t.app, null, 'GET', `/api/v1/public/dossiers/${d.code}?k=${check}`);
    expect(await json(opened)).toMatchObject({ verified: true, code: d.code, applicant: 'N.V.A.' });
    expect(rating).toBe(`http://localhost/danh-gia/${d.code}?t=${ratingToken(t.ctx.secret, d.code)}`);
    expect((await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}/slips/03`)).status).toBe(404);
    const guide = await call(t.app, officer, 'GET', '/api/v1/dossiers/guide?unitCode=A&procedureCode=KS');
    expect(flat(await readPdf(new Uint8Array(await guide.arrayBuffer())))).toContain('Đăng ký khai sinh');
    const register = await call(
      t.app,
      leader,
      'GET',
      '/api/v1/dossiers/register.xlsx?unitCode=A&month=2026-03',
    );
    expect(register.headers.get('content-type')).toContain('spreadsheetml');
  });

  it("prints an 8-hour procedure's limit in working hours on the receipt and the guidance slip", async () => {
    await buildProcedure(t.ctx, { code: 'CT8', name: 'Chứng thực chữ ký', hours: 8, unitCodes: ['A'] });
    const text = async (res: Response) => flat(await readPdf(new Uint8Array(await res.arrayBuffer())));
    const d = await json<Detail>(await receive(officer, { procedureCode: 'CT8' }));
    const receipt = await text(await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}/slips/01`));
    expect(receipt).toContain('Thời gian giải quyết hồ sơ theo quy định: 8 giờ làm việc.');
    expect(receipt).not.toContain('8 ngày làm việc');
    const guide = await text(
      await call(t.app, officer, 'GET', '/api/v1/dossiers/guide?unitCode=A&procedureCode=CT8'),
    );
    expect(guide).toContain('Thời hạn giải quyết: 8 giờ làm việc kể từ khi nhận đủ hồ sơ hợp lệ.');
    expect(guide).not.toContain('8 ngày làm việc');
    // A procedure in days still prints days, on both.
    const days = await json<Detail>(await receive(officer));
    const daysReceipt = await text(
      await call(t.app, officer, 'GET', `/api/v1/dossiers/${days.code}/slips/01`),
    );
    expect(daysReceipt).toContain('Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc.');
    const daysGuide = await text(
      await call(t.app, officer, 'GET', '/api/v1/dossiers/guide?unitCode=A&procedureCode=KS'),
    );
    expect(daysGuide).toContain('Thời hạn giải quyết: 5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.');
  });
});

describe('public lookup and rating', () => {
  it('shows the clock with initials only, and lets the slip holder rate the dossier once', async () => {
    const d = await json<Detail>(await receive(officer));
    const check = lookupCheck(t.ctx.secret, d.code);
    const lookup = await json<{ applicant: string; statusName: string; remainingWorkingDays: number }>(
      await call(
        t.app,
        null,
        'GET',
        `/api/v1/public/dossiers/${d.code.toLowerCase()}?k=${check.toLowerCase()}`,
      ),
    );
    expect(lookup).toMatchObject({
      verified: true,
      applicant: 'N.V.A.',
      statusName: 'Được tiếp nhận',
      remainingWorkingDays: 5,
    });
    expect(JSON.stringify(lookup)).not.toContain('0905123456');

    const token = ratingToken(t.ctx.secret, d.code);
    const bad = await call(t.app, null, 'GET', `/api/v1/public/dossiers/${d.code}/rating?t=wrong-token`);
    expect(bad.status).toBe(403);
    // A code that does not exist gets the very same answer: the rating link is no existence oracle.
    const none = await call(
      t.app,
      null,
      'GET',
      `/api/v1/public/dossiers/A-19990101-0001/rating?t=wrong-token`,
    );
    expect([none.status, (await json<{ error: { code: string } }>(none)).error.code]).toEqual([
      403,
      (await json<{ error: { code: string } }>(bad)).error.code,
    ]);
    const form = await json<{ fromDossier: Record<string, number | null> }>(
      await call(t.app, null, 'GET', `/api/v1/public/dossiers/${d.code}/rating?t=${token}`),
    );
    // Received in 2026: the NĐ 118 form, whose record-computed indicators are the time and the contacts.
    expect(form.fromDossier).toEqual({ TIME_TOTAL: null, CONTACTS: 2 });
    const rate = (session: Session | null, answers: Record<string, number>) =>
      call(t.app, session, 'POST', `/api/v1/public/dossiers/${d.code}/rating?t=${token}`, { answers });
    expect((await rate(officer, { SAT_STAFF: 5 })).status).toBe(403);
    expect((await rate(null, { TIME_TOTAL: 2 })).status).toBe(400);
    expect((await rate(officer2, { SAT_STAFF: 5, INFO: 4 })).status).toBe(201);
    const again = await rate(null, { SAT_STAFF: 4 });
    expect(again.status).toBe(409);
    expect((await json<{ error: { code: string } }>(again)).error.code).toBe('ALREADY_RATED');
  });

  it('tells a guessed code only that the dossier exists: procedure, initials and status need the check value', async () => {
    const d = await json<Detail>(await receive(officer));
    const plain = await anon(`/api/v1/public/dossiers/${d.code}`, fromAddress());
    expect(plain.status).toBe(200);
    const body = await json<Record<string, unknown>>(plain);
    expect(Object.keys(body).sort()).toEqual(['code', 'exists', 'message', 'verified']);
    expect(body).toMatchObject({ verified: false, exists: true, code: d.code });
    expect(body.message).toContain('mã kiểm tra');
    for (const secret of ['Đăng ký khai sinh', 'N.V.A.', 'Được tiếp nhận', 'UBND xã An'])
      expect(JSON.stringify(body)).not.toContain(secret);
    const wrong = await anon(`/api/v1/public/dossiers/${d.code}?k=ABCDEF`, fromAddress());
    expect(wrong.status).toBe(403);
    const refused = await json<{ error: { code: string; message: string; details: object } }>(wrong);
    expect(refused.error).toMatchObject({ code: 'DOSSIER_CHECK_INVALID', details: { code: d.code } });
    expect(JSON.stringify(refused)).not.toContain('Đăng ký khai sinh');
    const missing = await anon('/api/v1/public/dossiers/A-19990101-9999', fromAddress());
    expect(missing.status).toBe(404);
  });

  it('limits lookups per address (429 with Retry-After), without touching another address', async () => {
    const d = await json<Detail>(await receive(officer));
    const check = lookupCheck(t.ctx.secret, d.code);
    const guesser = fromAddress();
    const codes = Array.from({ length: LOOKUPS_PER_MINUTE }, (_, i) => `A-20260302-${String(9000 + i)}`);
    for (const code of codes) {
      expect((await anon(`/api/v1/public/dossiers/${code}`, guesser)).status).toBe(404);
    }
    const over = await anon(`/api/v1/public/dossiers/${d.code}?k=${check}`, guesser);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const limited = await json<{
      error: { code: string; message: string; details: { retryAfterSeconds: number } };
    }>(over);
    expect(limited.error.code).toBe('RATE_LIMITED');
    expect(limited.error.details.retryAfterSeconds).toBe(Number(over.headers.get('retry-after')));
    const neighbour = await anon(`/api/v1/public/dossiers/${d.code}?k=${check}`, fromAddress());
    expect(neighbour.status).toBe(200);
    // A minute later the same address may look again; the hourly cap still holds across minutes.
    t.setNow(new Date(t.ctx.now().getTime() + 61_000));
    expect((await anon(`/api/v1/public/dossiers/${d.code}?k=${check}`, guesser)).status).toBe(200);
    let hourly = 0;
    for (let minute = 2; minute <= 12 && hourly !== 429; minute++) {
      t.setNow(new Date(at('2026-03-02T09:00').getTime() + minute * 61_000));
      for (let i = 0; i < LOOKUPS_PER_MINUTE; i++) {
        hourly = (await anon(`/api/v1/public/dossiers/${d.code}?k=${check}`, guesser)).status;
        if (hourly === 429) break;
      }
    }
    expect(hourly).toBe(429);
    await clock('2026-03-02T09:00');
  });
});
