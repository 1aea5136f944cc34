import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { isWorkingDate, vietnamCalendar } from '../../calendar/index.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { vnDate, vnDateTime } from '../../lib/time.ts';
import { dueFor, legalTimeOf } from '../dossiers/due.ts';
import { flat } from '../dossiers/slips/testing.ts';

/**
 * Same-day procedures (chứng thực, NĐ 23/2015/NĐ-CP Điều 7): imported with their cut-off, shown as
 * "Trong ngày (…)", and due at the unit's closing time of the same working day — or of the next one
 * when received at or after the cut-off — on the receipt too.
 */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let admin: Session;
let officer: Session;
type Dossier = { code: string; dueAt: string };

const HEADER =
  'code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes,same_day_cutoff';
const CSV = [
  HEADER,
  'CT-01,Chứng thực bản sao từ bản chính,Chứng thực,mot_phan,,same_day,2.000 đồng/trang,Bản chính|original|1,,NĐ 23/2015/NĐ-CP Điều 7,A,',
  'CT-16,Chứng thực chữ ký (nhận đến 16:00),Chứng thực,truc_tiep,0,trong ngày,,Giấy tờ|original|1,,NĐ 23/2015/NĐ-CP Điều 7,A,16:00',
].join('\n');

async function clock(local: string) {
  t.setNow(at(local));
  admin = await login(t.app, 'admin.t', PASSWORD);
  officer = await login(t.app, 'officer.a', PASSWORD);
}

/** A dossier received at `local` (Vietnam time), given as the reception moment. */
async function receive(local: string, procedureCode = 'CT-01'): Promise<Dossier> {
  await clock(local);
  const res = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode,
    channel: 'direct',
    applicant: { kind: 'person', name: 'Nguyễn Văn An' },
    contactConsent: false,
    documents: [{ name: 'Bản chính', kind: 'original', count: 1 }],
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Dossier;
}
const due = (d: Dossier) => vnDateTime(new Date(d.dueAt));

beforeAll(async () => {
  t.setNow(at('2026-03-02T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'admin', username: 'admin.t' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await clock('2026-03-02T08:00');
  const res = await t.app.request('/api/v1/procedures/import', {
    method: 'POST',
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    body: CSV,
  });
  expect(res.status).toBe(200);
  expect((await res.json()).createdCodes).toEqual(['CT-01', 'CT-16']);
});

describe('a same-day procedure in the catalogue', () => {
  it('is shown as "Trong ngày (nhận sau 15:00 …)", with its own cut-off when it has one', async () => {
    const one = await (await call(t.app, null, 'GET', '/api/v1/public/procedures/CT-01')).json();
    expect(one.processingTime).toEqual({
      amount: 0,
      unit: 'same_day',
      sameDayCutoff: '15:00',
      text: 'Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)',
    });
    const other = await (await call(t.app, null, 'GET', '/api/v1/public/procedures/CT-16')).json();
    expect(other.processingTime.text).toBe('Trong ngày (nhận sau 16:00 trả trong ngày làm việc tiếp theo)');
  });

  it('refuses a same-day line with an amount, naming the line', async () => {
    const res = await t.app.request('/api/v1/procedures/import', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body: [
        HEADER,
        'CT-02,Chứng thực,Chứng thực,mot_phan,2,same_day,,Bản chính|original|1,,NĐ 23/2015,A,',
      ].join('\n'),
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.details.text).toEqual([
      'Dòng 2: thủ tục trả trong ngày (same_day) không có số ngày, giờ: để trống hoặc 0 (đang là 2) [SAME_DAY_AMOUNT]',
    ]);
  });
});

describe('receiving a same-day dossier', () => {
  it('is due at closing time the same day before the cut-off, the next working day from it', async () => {
    expect(due(await receive('2026-03-02T14:00'))).toBe('2026-03-02T17:00'); // Monday 14:00 → Monday
    expect(due(await receive('2026-03-02T15:30'))).toBe('2026-03-03T17:00'); // Monday 15:30 → Tuesday
    expect(due(await receive('2026-03-02T15:00'))).toBe('2026-03-03T17:00'); // at the cut-off: next day
    expect(due(await receive('2026-03-06T16:00'))).toBe('2026-03-09T17:00'); // Friday 16:00 → Monday
    // A procedure with a 16:00 cut-off: 15:30 is still the same day.
    expect(due(await receive('2026-03-02T15:30', 'CT-16'))).toBe('2026-03-02T17:00');
  });

  it('skips the holidays: received Wednesday 29/4/2026 after 15:00, due Monday 4/5 (30/4, 1/5 off, then the weekend)', async () => {
    expect(due(await receive('2026-04-29T15:30'))).toBe('2026-05-04T17:00');
  });

  it('prints the appointment and the time limit on the receipt', async () => {
    const d = await receive('2026-03-02T15:30');
    const res = await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}/slips/01`);
    expect(res.status).toBe(200);
    const text = flat(await readPdf(new Uint8Array(await res.arrayBuffer())));
    expect(text).toContain('Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo).');
    expect(text).toContain('17 giờ 00 phút, ngày 03/03/2026');
    expect(text).not.toContain('giải quyết ngay khi nhận đủ hồ sơ');
  });

  it('prints a procedure’s own cut-off on its receipt and guidance slip', async () => {
    const d = await receive('2026-03-02T15:30', 'CT-16');
    const pdfText = async (res: Response) => flat(await readPdf(new Uint8Array(await res.arrayBuffer())));
    const receipt = await pdfText(await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}/slips/01`));
    expect(receipt).toContain('Trong ngày (nhận sau 16:00 trả trong ngày làm việc tiếp theo).');
    expect(receipt).toContain('17 giờ 00 phút, ngày 02/03/2026');
    const guide = await pdfText(
      await call(t.app, officer, 'GET', '/api/v1/dossiers/guide?unitCode=A&procedureCode=CT-16'),
    );
    expect(guide).toContain('Trong ngày (nhận sau 16:00 trả trong ngày làm việc tiếp theo).');
  });
});

describe('the same-day due moment (property)', () => {
  const vn = vietnamCalendar();
  const cutoffs = fc.constantFrom('11:00', '15:00', '16:30', '17:00');
  const instants = fc
    .integer({ min: Date.parse('2024-01-01T00:00:00+07:00'), max: Date.parse('2027-11-30T23:59:00+07:00') })
    .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));

  it('is always a working date at closing time, never before the reception, and the same day only before the cut-off', () => {
    fc.assert(
      fc.property(instants, cutoffs, (received, cutoff) => {
        const dueAt = dueFor(received, legalTimeOf(0, 'same_day', cutoff), vn);
        expect(isWorkingDate(vnDate(dueAt), vn)).toBe(true);
        expect(vnDateTime(dueAt).slice(11)).toBe(vn.officeHours.close);
        expect(dueAt.getTime()).toBeGreaterThan(received.getTime());
        const day = vnDate(received);
        const sameDay = isWorkingDate(day, vn) && vnDateTime(received).slice(11) < cutoff;
        expect(vnDate(dueAt) === day).toBe(sameDay);
      }),
      { numRuns: 500 },
    );
  });
});
