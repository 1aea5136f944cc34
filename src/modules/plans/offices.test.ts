import { describe, expect, it } from 'vitest';
import { shippedMeasures, shippedQuestionnaireCodes } from './measures.service.ts';
import { measureOn, officeListOn, officesOn, officeTextOn, parseOffices, shippedOffices } from './offices.ts';

/** Bodies that do not exist at commune level after 1/7/2025, or names of the old desk. */
const GONE = [
  /Phòng Nội vụ/u,
  /Công chức Văn phòng - Thống kê/u,
  /Công chức Tư pháp - Hộ tịch/u,
  /Công chức Địa chính - Xây dựng/u,
  /Bộ phận Một cửa/iu,
  /Bộ phận Tiếp nhận và Trả kết quả/iu,
  /(^|\s)huyện(\s|[,.;]|$)/iu,
];

describe('offices over time (data/letters/offices.json)', () => {
  it('ships a file whose every office and rename cites a listed source', () => {
    const file = shippedOffices();
    expect(file.offices.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Văn phòng HĐND và UBND',
        'Phòng Văn hóa - Xã hội',
        'Trung tâm Phục vụ hành chính công',
      ]),
    );
    expect(() => parseOffices({ ...file, renamed: [{ ...file.renamed[0]!, sources: ['nowhere'] }] })).toThrow(
      /"nowhere"/,
    );
  });

  it('gives a ward its Phòng Kinh tế, Hạ tầng và Đô thị and a commune its Phòng Kinh tế, none before 1/7/2025', () => {
    expect(officesOn('2026-03-02', 'ward').map((o) => o.name)).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(officesOn('2026-03-02', 'commune').map((o) => o.name)).toContain('Phòng Kinh tế');
    expect(officesOn('2026-03-02', 'commune').map((o) => o.name)).not.toContain(
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    );
    expect(officesOn('2025-06-30', 'ward')).toEqual([]);
    expect(officeListOn('Công chức Địa chính - Xây dựng', '2026-03-02', 'ward')).toBe(
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    );
    expect(officeListOn('Công chức Địa chính - Xây dựng', '2026-03-02', 'commune')).toBe('Phòng Kinh tế');
  });

  it('renames inside running text and drops an abolished district office from a list, keeping the rest', () => {
    expect(
      officeTextOn(
        'Niêm yết tại Bảng niêm yết của Bộ phận Một cửa; hướng dẫn tại bộ phận Một cửa',
        '2026-01-01',
        'ward',
      ),
    ).toBe(
      'Niêm yết tại Bảng niêm yết của Trung tâm Phục vụ hành chính công; hướng dẫn tại trung tâm Phục vụ hành chính công',
    );
    expect(officeListOn('Phòng Nội vụ; Công chức Văn phòng - Thống kê', '2026-01-01', 'ward')).toBe(
      'Văn phòng HĐND và UBND',
    );
    expect(officeListOn('Phòng Nội vụ; Công chức Văn phòng - Thống kê', '2025-06-30', 'ward')).toBe(
      'Phòng Nội vụ; Công chức Văn phòng - Thống kê',
    );
  });

  it('no shipped measure drafted for 2026 names an abolished body (every library, ward and commune)', () => {
    for (const code of shippedQuestionnaireCodes()) {
      for (const m of shippedMeasures(code)!.measures) {
        for (const type of ['ward', 'commune']) {
          const drafted = measureOn(m, '2026-01-01', type);
          for (const text of [drafted.task, drafted.responsible, drafted.partners, drafted.product]) {
            for (const gone of GONE) expect(text, `${code}: ${m.task}`).not.toMatch(gone);
          }
        }
      }
    }
  });

  it('leaves a measure drafted before 1/7/2025 as the library wrote it', () => {
    for (const m of shippedMeasures('KH-UBND-XA')!.measures) {
      const drafted = measureOn(m, '2025-06-30', 'ward');
      expect(drafted.task).toBe(m.task);
      expect(drafted.responsible).toBe(m.responsible);
    }
  });
});
