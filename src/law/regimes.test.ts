import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkRegimes,
  deskRegimeOf,
  evaluationOf,
  FIRST_REGIME_DATE,
  formsOn,
  REGIMES,
  refusalOf,
  regimeOn,
  slipFormOf,
} from './regimes.ts';

const DATA = join(import.meta.dirname, '../../data/regimes');
const read = (name: string) => JSON.parse(readFileSync(join(DATA, `${name}.json`), 'utf8'));

describe('legal regimes of the desk (data/regimes)', () => {
  it('registers every file of data/regimes, named after its code', () => {
    const files = readdirSync(DATA)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace('.json', ''))
      .sort();
    expect(REGIMES.map((r) => r.code).sort()).toEqual(files);
  });

  it("gives a slip its form by the dossier's stored regime: the stop notice exists only under NĐ 118", () => {
    expect(slipFormOf('ND61-2018', 'control')).toMatchObject({
      code: '05',
      circular: '01/2018/TT-VPCP',
      verified: true,
    });
    expect(slipFormOf('ND118-2025', 'control')).toMatchObject({
      code: '06',
      circular: '03/2025/TT-VPCP',
      verified: false,
    });
    expect(slipFormOf('ND118-2025', 'stop')).toMatchObject({
      code: '05',
      title: 'Thông báo dừng giải quyết hồ sơ',
    });
    expect(slipFormOf('ND61-2018', 'stop')).toBeNull();
    expect(slipFormOf('ND00-1999', 'receipt')).toBeNull();
  });

  it('switches at 1/7/2025: NĐ 61/2018 + TT 01/2018 on 30/6, NĐ 118/2025 + TT 03/2025 on 1/7', () => {
    expect(regimeOn('2025-06-30')?.code).toBe('ND61-2018');
    expect(regimeOn('2025-07-01')?.code).toBe('ND118-2025');

    const before = formsOn('2025-06-30')!;
    expect(before.regime).toMatchObject({ decree: '61/2018/NĐ-CP', circular: '01/2018/TT-VPCP' });
    expect(before.forms.map((f) => f.code)).toEqual(['01', '02', '03', '04', '05', '06']);
    expect(before.forms[3]!.title).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');

    const after = formsOn('2025-07-01')!;
    expect(after.regime).toMatchObject({ decree: '118/2025/NĐ-CP', circular: '03/2025/TT-VPCP' });
    expect(after.forms.map((f) => f.code)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
    expect(after.forms[3]!.title).toBe('Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
    expect(after.forms[4]!.title).toBe('Thông báo dừng giải quyết hồ sơ');
    for (const f of after.forms) expect(f.legalBasis).toContain('Thông tư 03/2025/TT-VPCP');
  });

  it('never presents the TT 03/2025 forms as verified, and says so for the days before the circular', () => {
    const july = formsOn('2025-07-01')!;
    expect(july.verified).toBe(false);
    expect(july.notes.join(' ')).toContain('trước ngày 03/2025/TT-VPCP có hiệu lực');
    const today = formsOn('2026-12-05')!;
    expect(today.regime.code).toBe('ND118-2025');
    expect(today.verified).toBe(false);
    expect(today.notes.join(' ')).not.toContain('trước ngày');
    expect(today.notes.join(' ')).toContain('chưa được đối chiếu');
  });

  it('knows no regime before the first decree took effect', () => {
    expect(FIRST_REGIME_DATE).toBe('2018-06-21');
    expect(regimeOn('2018-06-20')).toBeNull();
    expect(formsOn('2018-06-20')).toBeNull();
    expect(formsOn('2018-06-21')?.regime.code).toBe('ND61-2018');
  });

  it('cites a source for every form, and every cited source exists with a URL and an excerpt', () => {
    for (const regime of REGIMES) {
      const ids = new Set(regime.sources.map((s) => s.id));
      for (const form of regime.forms) {
        expect(form.sources.length, `${regime.code} ${form.code}`).toBeGreaterThan(0);
        for (const id of form.sources) expect(ids.has(id), id).toBe(true);
      }
      for (const s of regime.sources) {
        expect(s.url).toMatch(/^https?:\/\//);
        expect(s.excerpt.length).toBeGreaterThan(20);
      }
    }
  });

  it('refuses a file that cites a missing source, claims to be verified with unverified parts, or overlaps', () => {
    const nd61 = read('ND61-2018');
    const nd118 = read('ND118-2025');
    const missing = structuredClone(nd118);
    missing.forms[0].sources = ['khong-co'];
    expect(() => checkRegimes({ 'ND118-2025': missing })).toThrow(/khong-co/);
    const boastful = structuredClone(nd118);
    boastful.verified = true;
    expect(() => checkRegimes({ 'ND118-2025': boastful })).toThrow(/chưa kiểm chứng/);
    const overlapping = structuredClone(nd61);
    overlapping.validTo = '2025-07-01';
    expect(() => checkRegimes({ 'ND61-2018': overlapping, 'ND118-2025': nd118 })).toThrow(/chồng lên nhau/);
    const renamed = structuredClone(nd61);
    expect(() => checkRegimes({ 'ND61-2019': renamed })).toThrow(/khác tên tệp/);
  });

  it("rates a dossier by its regime's questionnaire, whose criteria are the regime's indicators", () => {
    expect(evaluationOf('ND61-2018')).toMatchObject({ questionnaire: 'ND61-QUAY', status: 'adapted' });
    // No article of NĐ 118 / TT 03 on rating a dossier was found: adapted and unverified, never official.
    expect(evaluationOf('ND118-2025')).toMatchObject({
      questionnaire: 'ND118-QUAY',
      status: 'adapted',
      verified: false,
      regime: { decree: '118/2025/NĐ-CP', circular: '03/2025/TT-VPCP' },
    });
    expect(evaluationOf('ND00-1999')).toBeNull();
    const QUESTIONNAIRES = join(import.meta.dirname, '../../data/questionnaires');
    for (const regime of REGIMES) {
      const q = JSON.parse(
        readFileSync(join(QUESTIONNAIRES, `${regime.evaluation.questionnaire}.json`), 'utf8'),
      );
      expect(q.source.status, regime.code).toBe(regime.evaluation.status);
      expect(
        regime.evaluation.indicators.map((i) => [i.code, i.title]),
        regime.code,
      ).toEqual(q.criteria.map((c: { code: string; title: string }) => [c.code, c.title]));
    }
  });

  it('refuses an evaluation that calls itself official while unverified, or cites a missing source', () => {
    const nd118 = read('ND118-2025');
    const official = structuredClone(nd118);
    official.evaluation.status = 'official';
    expect(() => checkRegimes({ 'ND118-2025': official })).toThrow(/official/);
    const missing = structuredClone(nd118);
    missing.evaluation.indicators[0].sources = ['khong-co'];
    expect(() => checkRegimes({ 'ND118-2025': missing })).toThrow(/khong-co/);
  });

  it('refuses by regime: Mẫu số 03 at reception under both; in processing NĐ 61 returns in writing, NĐ 118 does not refuse', () => {
    expect(refusalOf('ND61-2018', 2)).toMatchObject({ stage: 'reception', toStatus: 3, slip: 'refusal' });
    expect(refusalOf('ND61-2018', 4)).toMatchObject({ stage: 'processing', toStatus: 8, slip: null });
    expect(refusalOf('ND118-2025', 1)).toMatchObject({ stage: 'reception', toStatus: 3, slip: 'refusal' });
    for (const status of [4, 5, 6]) expect(refusalOf('ND118-2025', status)).toBeNull();
    for (const status of [3, 7, 8, 9, 10]) expect(refusalOf('ND61-2018', status)).toBeNull();
    // None of it is verified against the decrees' articles yet.
    for (const regime of REGIMES) for (const r of regime.refusals) expect(r.verified).toBe(false);
  });

  it('refuses refusal rules that overlap or name a form the regime lacks', () => {
    const nd61 = read('ND61-2018');
    const overlap = structuredClone(nd61);
    overlap.refusals[1].fromStatuses = [2, 4];
    expect(() => checkRegimes({ 'ND61-2018': overlap })).toThrow(/hai cách từ chối/);
    const noForm = structuredClone(nd61);
    noForm.forms = noForm.forms.filter((f: { slip: string }) => f.slip !== 'refusal');
    expect(() => checkRegimes({ 'ND61-2018': noForm })).toThrow(/refusals/);
  });

  it('gives the desk page each refusal stage with its form number, or the heading of a written answer', () => {
    expect(deskRegimeOf('ND61-2018')!.refusals).toEqual([
      {
        stage: 'reception',
        fromStatuses: [1, 2],
        form: '03',
        title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
      },
      {
        stage: 'processing',
        fromStatuses: [4, 5, 6],
        form: null,
        title: 'Thông báo về việc không giải quyết hồ sơ',
      },
    ]);
    expect(deskRegimeOf('ND118-2025')!.refusals.map((r) => [r.stage, r.form])).toEqual([['reception', '03']]);
    expect(deskRegimeOf('ND00-1999')).toBeNull();
  });
});
