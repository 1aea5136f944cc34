import { describe, expect, it } from 'vitest';
import { barChartPng, barChartSvg } from './chart.ts';

const CRITERIA = {
  title: 'Chỉ số hài lòng theo tiêu chí, phường Phương Sài năm 2022',
  categories: ['Tiếp cận dịch vụ', 'Điều kiện tiếp đón, phục vụ', 'Thủ tục hành chính'],
  series: [{ name: '2022', values: [72.27, 68.83, 85.7] }],
  unit: '%',
  max: 100,
  target: { value: 83, label: 'Chỉ tiêu 83%' },
};

describe('bar charts', () => {
  it('renders on the server to SVG, with Vietnamese labels and decimal commas', () => {
    const svg = barChartSvg(CRITERIA);
    expect(svg.startsWith('<svg')).toBe(true);
    // Long category names wrap onto several text lines: compare the text without tags and spaces.
    const text = svg.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    for (const label of [
      'Tiếp cận dịch vụ',
      'Điều kiện tiếp đón, phục vụ',
      '72,27%',
      '85,70%',
      'Chỉ tiêu 83%',
    ]) {
      expect(text).toContain(label.replace(/\s+/g, ''));
    }
    expect(svg).not.toContain('72.27');
  });

  it('also lays bars out horizontally for long unit names', () => {
    const svg = barChartSvg({ ...CRITERIA, horizontal: true });
    expect(svg).toContain('Thủ tục hành chính');
  });

  it('turns into a PNG twice the chart size, for print in DOCX and XLSX', () => {
    const png = barChartPng({ ...CRITERIA, widthPx: 600, heightPx: 300 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(600);
  });
});
