import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { flat } from './slips/testing.ts';

/**
 * The papers and the refusal follow the regime a dossier stored at reception (issue #11): the
 * register, the control slip and the refusal of a dossier received on 30/6/2025 23:59 are NĐ 61's
 * (TT 01/2018), of one received on 1/7/2025 00:00 NĐ 118's (TT 03/2025) — read in the real XLSX and
 * PDF files, in December 2026.
 */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let officer: Session;

type Detail = { code: string; status: number; ruleSet: string; slips: { form: string }[] };
type Failure = { error: { code: string; message: string; details: Record<string, unknown> } };

async function receive(receivedAt: string): Promise<Detail> {
  const res = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Phạm Văn Cường', phone: '0905123456' },
    contactConsent: true,
    documents: [{ name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 }],
    receivedAt,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Detail;
}
const step = (code: string, path: string, body?: unknown) =>
  call(t.app, officer, 'POST', `/api/v1/dossiers/${code}/${path}`, body);
const pdfText = async (path: string) => {
  const res = await call(t.app, officer, 'GET', path);
  expect(res.status).toBe(200);
  return flat(await readPdf(new Uint8Array(await res.arrayBuffer())));
};
async function registerTitles(month: string): Promise<[string, string][]> {
  const res = await call(t.app, officer, 'GET', `/api/v1/dossiers/register.xlsx?unitCode=A&month=${month}`);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
  return book.worksheets.map((w) => [w.name, String(w.getCell('A1').value)]);
}
const REFUSAL = {
  reason: 'Hồ sơ không đủ điều kiện giải quyết.',
  legalBasis: 'khoản 1 Điều 13 Luật Hộ tịch năm 2014',
};

let old: Detail;
let today: Detail;

beforeAll(async () => {
  t.setNow(at('2026-12-01T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A'] });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  officer = await login(t.app, 'officer.a', PASSWORD);
  old = await receive('2025-06-30T23:59:00+07:00');
  today = await receive('2025-07-01T00:00:00+07:00');
  expect([old.ruleSet, today.ruleSet]).toEqual(['ND61-2018', 'ND118-2025']);
});

describe("the desk's papers by regime", () => {
  it('numbers the register Mẫu số 06 (TT 01/2018) for June 2025 and Mẫu số 07 (TT 03/2025) for July 2025', async () => {
    const june = await registerTitles('2025-06');
    expect(june).toHaveLength(1);
    expect(june[0]![1]).toBe(
      'SỔ THEO DÕI HỒ SƠ — UBND xã An — tháng 6/2025 (Mẫu số 06 — Thông tư 01/2018/TT-VPCP)',
    );
    const july = await registerTitles('2025-07');
    expect(july[0]![1]).toContain('tháng 7/2025 (Mẫu số 07 — Thông tư 03/2025/TT-VPCP, Phụ lục I;');
    expect(july[0]![1]).toContain('chưa kiểm chứng');
    // An empty month before the switch is headed by the regime in force then.
    expect((await registerTitles('2025-05'))[0]![1]).toContain('Mẫu số 06 — Thông tư 01/2018/TT-VPCP');
  });

  it("tells the desk page each dossier's regime: its forms' numbers and titles, and the statuses it refuses from", async () => {
    const regimeOf = async (code: string) =>
      (
        (await (await call(t.app, officer, 'GET', `/api/v1/dossiers/${code}`)).json()) as {
          regime: {
            circular: string;
            forms: { slip: string; code: string; verified: boolean }[];
            refuseFrom: number[];
          };
        }
      ).regime;
    const a = await regimeOf(old.code);
    const b = await regimeOf(today.code);
    expect(a.forms.find((f) => f.slip === 'control')).toMatchObject({ code: '05', verified: true });
    expect(b.forms.find((f) => f.slip === 'control')).toMatchObject({ code: '06', verified: false });
    expect(a.forms.some((f) => f.slip === 'stop')).toBe(false);
    expect([a.refuseFrom, b.refuseFrom]).toEqual([
      [1, 2, 4, 5, 6],
      [1, 2],
    ]);
    const registerOf = async (month: string) =>
      (
        (await (
          await call(t.app, officer, 'GET', `/api/v1/dossiers/dashboard?unitCode=A&month=${month}`)
        ).json()) as {
          register: { code: string } | null;
        }
      ).register?.code;
    expect([await registerOf('2025-06'), await registerOf('2025-07')]).toEqual(['06', '07']);
  });

  it('prints the control slip as Mẫu số 05 of TT 01/2018 or Mẫu số 06 of TT 03/2025', async () => {
    const a = await pdfText(`/api/v1/dossiers/${old.code}/slips/05`);
    expect(a).toContain('Mẫu số 05 — Thông tư 01/2018/TT-VPCP');
    expect(a).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    const b = await pdfText(`/api/v1/dossiers/${today.code}/slips/05`);
    expect(b).toContain('Mẫu số 06 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(b).not.toContain('Thông tư 01/2018');
  });
});

describe('POST /dossiers/{code}/refuse by regime', () => {
  it('refuses at reception on Mẫu số 03 of TT 03/2025 for a dossier received on 1/7/2025', async () => {
    const d = await receive('2025-07-01T08:00:00+07:00');
    const res = await step(d.code, 'refuse', REFUSAL);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Detail).status).toBe(3);
    const text = await pdfText(`/api/v1/dossiers/${d.code}/slips/03`);
    expect(text).toContain('Mẫu số 03 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
    expect(text).toContain('chúng tôi từ chối tiếp nhận giải quyết hồ sơ này vì lý do sau:');
  });

  it('answers 409 REFUSAL_NOT_IN_REGIME for an NĐ 118 dossier in processing, pointing to the stop, and writes nothing', async () => {
    expect((await step(today.code, 'process')).status).toBe(200);
    const res = await step(today.code, 'refuse', REFUSAL);
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as Failure;
    expect(error).toMatchObject({
      code: 'REFUSAL_NOT_IN_REGIME',
      details: { ruleSet: 'ND118-2025', status: 4, instead: 'stop' },
    });
    expect(error.message).toContain('Dừng giải quyết');
    const after = (await (
      await call(t.app, officer, 'GET', `/api/v1/dossiers/${today.code}`)
    ).json()) as Detail;
    expect(after.status).toBe(4);
    expect(after.slips.map((s) => s.form)).not.toContain('03');
  });

  it('lets an NĐ 61 dossier in processing be returned with a written answer that bears no TT 01/2018 form number', async () => {
    expect((await step(old.code, 'process')).status).toBe(200);
    const res = await step(old.code, 'refuse', REFUSAL);
    expect(res.status).toBe(200);
    const after = (await res.json()) as Detail;
    expect(after.status).toBe(8);
    const text = await pdfText(`/api/v1/dossiers/${old.code}/slips/03`);
    expect(text).toContain('THÔNG BÁO VỀ VIỆC KHÔNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('chúng tôi không giải quyết và trả lại hồ sơ này vì lý do sau:');
    expect(text).not.toContain('Mẫu số');
  });

  it('still refuses a closed dossier with DOSSIER_STATE under either regime', async () => {
    const res = await step(old.code, 'refuse', REFUSAL);
    expect(res.status).toBe(409);
    expect(((await res.json()) as Failure).error.code).toBe('DOSSIER_STATE');
  });
});
