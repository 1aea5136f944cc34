import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedMeasures, shippedQuestionnaireCodes } from './measures.service.ts';
import { checkMeasuresFile } from './measures-file.ts';
import { parseDue } from './task-due.ts';

const QUESTIONNAIRES = new URL('../../../data/questionnaires/', import.meta.url);
const shipped = readdirSync(QUESTIONNAIRES)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(new URL(f, QUESTIONNAIRES), 'utf8')) as {
        code: string;
        criteria: { code: string; title: string }[];
      },
  );

describe('the shipped measures library (data/measures)', () => {
  it('has a library for every shipped questionnaire, valid against its criteria', () => {
    expect(shippedQuestionnaireCodes()).toEqual(shipped.map((q) => q.code).sort());
    for (const q of shipped) {
      const text = readFileSync(new URL(`../../../data/measures/${q.code}.json`, import.meta.url), 'utf8');
      const check = checkMeasuresFile(
        text,
        q.criteria.map((c) => c.code),
      );
      expect(check.ok ? [] : check.errors).toEqual([]);
    }
  });

  it('offers at least one measure per criterion, two where the questionnaire has several questions', () => {
    for (const q of shipped) {
      const file = shippedMeasures(q.code)!;
      for (const c of q.criteria) {
        const own = file.measures.filter((m) => m.criterion === c.code);
        expect(own.length, `${q.code} ${c.code} ${c.title}`).toBeGreaterThanOrEqual(
          q.criteria.length > 6 ? 1 : 2,
        );
        for (const m of own) {
          expect(m.responsible.length).toBeGreaterThan(3);
          expect(m.product.length + m.partners.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('lists what the seeds ask for: seats, fans, water, ramps, online filing at the desk; posting, web, radio, the provincial portal', () => {
    const all = shippedMeasures('KH-UBND-XA')!.measures;
    const of = (criterion: string) =>
      all
        .filter((m) => m.criterion === criterion)
        .map((m) => m.task)
        .join(' | ');
    expect(of('C2')).toMatch(/ghế ngồi chờ/);
    expect(of('C2')).toMatch(/quạt/);
    expect(of('C2')).toMatch(/nước uống/);
    expect(of('C2')).toMatch(/đường dốc/);
    expect(of('C2')).toMatch(/nộp hồ sơ trực tuyến/);
    expect(of('C1')).toMatch(/niêm yết/);
    expect(of('C1')).toMatch(/phí, lệ phí, biểu mẫu/);
    expect(of('C1')).toMatch(/Trang thông tin điện tử/);
    expect(of('C1')).toMatch(/Đài truyền thanh/);
    expect(of('C1')).toMatch(/Cổng dịch vụ công trực tuyến của tỉnh/);
  });

  it('writes timings a plan can read: the four rules or text such as "Tháng 01"', () => {
    const timings = new Set(
      shippedQuestionnaireCodes().flatMap((c) => shippedMeasures(c)!.measures.map((m) => m.timing)),
    );
    const kinds = [...timings].map((t) => parseDue(t).kind);
    expect(kinds).toContain('recurring');
    expect(kinds).toContain('text');
    expect([...timings]).toEqual(
      expect.arrayContaining(['Thường xuyên', 'Định kỳ hàng tháng', 'Hàng quý', 'Trong năm', 'Tháng 01']),
    );
  });
});

describe('checking a library file', () => {
  it('refuses a bad file whole, naming each bad path', () => {
    const check = checkMeasuresFile(
      JSON.stringify({
        questionnaire: 'KH-UBND-XA',
        measures: [
          { criterion: 'C1', task: 'Niêm yết', responsible: 'Văn phòng' },
          { criterion: 'C9', task: 'X', responsible: 'Y' },
          { criterion: 'C2', task: '', responsible: 'Y' },
        ],
      }),
      ['C1', 'C2'],
    );
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors.map((e) => e.path)).toEqual(['measures[2].task']);
    const second = checkMeasuresFile(
      { questionnaire: 'KH-UBND-XA', measures: [{ criterion: 'C9', task: 'X', responsible: 'Y' }] },
      ['C1', 'C2'],
    );
    expect(second.ok ? [] : second.errors).toEqual([
      { path: 'measures[0].criterion', message: expect.stringContaining('không có tiêu chí "C9"') },
    ]);
    expect(checkMeasuresFile('{ không phải json').ok).toBe(false);
  });
});
