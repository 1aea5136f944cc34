import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTTO, NATIONAL_NAME } from '../src/documents/index.ts';
import { type DocxFile, docxTables, findParagraph, readDocx } from '../src/documents/testing/docx-reader.ts';
import { hailongIn } from './cli-run.ts';

/**
 * `hailong letter` end to end, in a child process, on the independent dataset of
 * test/fixtures/index-check (figures computed by hand there): X1 has criterion A "Tiếp cận" at
 * 56,25, criterion B "Kết quả" at 75,00 and 62,50 overall; X2 has 50,00 everywhere.
 */
const FIX = 'test/fixtures/index-check';
const dir = mkdtempSync(join(tmpdir(), 'hailong-letter-'));
const out = join(dir, 'out');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hailong = (...args: string[]) => hailongIn(join(dir, 'data'), ...args);

async function letter(file: string): Promise<DocxFile> {
  return readDocx(readFileSync(file));
}

beforeAll(async () => {
  expect((await hailong('units', 'import', `${FIX}/units.csv`)).status).toBe(0);
  expect((await hailong('questionnaires', 'import', `${FIX}/questionnaire.json`)).status).toBe(0);
  const r = await hailong('responses', 'import', `${FIX}/responses.csv`, '--questionnaire', 'TEST-Q');
  expect(r.stderr).toBe('');
  mkdirSync(out, { recursive: true });
}, 180_000);

describe('hailong letter', () => {
  let docx: DocxFile;
  const file = join(out, 'cong-van-X1.docx');

  beforeAll(async () => {
    const r = await hailong(
      'letter',
      '--unit',
      'X1',
      '--questionnaire',
      'TEST-Q',
      '--period',
      '2025',
      '--target',
      '60',
      '--out',
      file,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Đã ghi công văn của UBND xã Một, huyện A vào ${file}`);
    docx = await letter(file);
  }, 120_000);

  it('writes a DOCX set in Times New Roman with the official heading (a People’s Committee: no parent line)', () => {
    expect(docx.stylesXml).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman"');
    const header = docxTables(docx.documentXml)[0]!;
    expect(header.rows[0]).toEqual(['ỦY BAN NHÂN DÂN\nXÃ MỘT\n', `${NATIONAL_NAME}\n${MOTTO}`]);
    expect(docx.paragraphs.some((p) => /^Số: \s+\/UBND-VP$/.test(p))).toBe(true);
    expect(findParagraph(docx, 'V/v triển khai, công bố Chỉ số hài lòng').text).toContain(
      'UBND xã Một năm 2025',
    );
  });

  it('has "Kính gửi" and "Nơi nhận"', () => {
    const to = docx.paragraphs.indexOf('Kính gửi:');
    const from = docx.paragraphs.indexOf('Nơi nhận:');
    expect(to).toBeGreaterThan(0);
    expect(from).toBeGreaterThan(to);
    expect(docx.paragraphs[to + 1]).toBe('- Ủy ban MTTQ Việt Nam và các đoàn thể xã Một;');
    expect(
      docx.paragraphs
        .slice(from + 1)
        .filter((p) => p !== '')
        .slice(-2),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('gives the overall index and each criterion’s title and index with a decimal comma, "chưa đạt" under target', () => {
    expect(docx.paragraphs).toContain(
      'Chỉ số hài lòng chung của UBND xã Một năm 2025 đạt 62,50% (3 phiếu khảo sát), xếp thứ 1/3 trong nhóm UBND cấp xã, vượt chỉ tiêu giao (60,00%).',
    );
    expect(docx.paragraphs).toContain('- Đối với tiêu chí Tiếp cận');
    expect(docx.paragraphs).toContain(
      'Trong năm 2025, UBND xã Một đạt 56,25%, chưa đạt chỉ tiêu giao (60,00%).',
    );
    expect(docx.paragraphs).toContain('- Đối với tiêu chí Kết quả');
    expect(docx.paragraphs).toContain('Trong năm 2025, UBND xã Một đạt 75,00%, vượt chỉ tiêu giao (60,00%).');
    // The weakest question of "Tiếp cận" (A2: 1 of 2 positive), best answer first.
    expect(docx.paragraphs).toContain(
      'Ở nội dung “Được hướng dẫn đầy đủ”, 50,00% người trả lời chọn “Có”, 50,00% “Không” (2 câu trả lời có ý kiến).',
    );
  });

  it('addresses the bodies of the province’s list (seed 003), each in its own section, without stitched phrases', () => {
    const to = docx.paragraphs.indexOf('Kính gửi:');
    expect(docx.paragraphs.slice(to + 1, to + 6)).toEqual([
      '- Ủy ban MTTQ Việt Nam và các đoàn thể xã Một;',
      '- Trưởng Trạm y tế xã Một;',
      '- Công an xã Một;',
      '- Ban Chỉ huy Quân sự xã Một;',
      '- Cán bộ, công chức, người hoạt động không chuyên trách xã Một.',
    ]);
    const headings = docx.paragraphs.filter((p) => /^\d+\. /.test(p));
    expect(headings).toEqual([
      '1. Kết quả Chỉ số hài lòng năm 2025',
      '2. Nhiệm vụ, giải pháp theo từng tiêu chí',
      '3. Trạm y tế xã Một',
      '4. Ban Chỉ huy Quân sự xã Một',
      '5. Công an xã Một',
      '6. Đề nghị Ủy ban MTTQ Việt Nam và các đoàn thể xã Một',
      '7. Tổ chức thực hiện',
    ]);
    expect(findParagraph(docx, 'Chỉ đạo cán bộ, chiến sỹ').text).toContain('phối hợp với UBND xã Một');
    // Praise for the criterion over target comes before the weak one.
    expect(docx.paragraphs).toContain(
      'UBND xã Một ghi nhận kết quả đạt được ở 1 tiêu chí đạt, vượt chỉ tiêu giao: Kết quả (75,00%).',
    );
    const stitched = docx.paragraphs.flatMap((p) =>
      [...p.matchAll(/phối hợp (?:với )?(\p{Lu}\p{Ll}\S*)/gu)].map((m) => m[0]),
    );
    expect(stitched.filter((m) => !/(Ủy ban|Công an|Ban Chỉ huy|Trạm y tế)/u.test(m))).toEqual([]);
  });

  it('says the figures are computed, not yet published, and warns of the small sample', () => {
    expect(findParagraph(docx, 'Căn cứ kết quả khảo sát').text).toMatch(/chưa được công bố chính thức\);$/);
    expect(docx.paragraphs).toContain(
      'Số phiếu khảo sát của đơn vị (3) dưới mức tối thiểu 30 phiếu: kết quả có độ tin cậy thấp, chỉ dùng để tham khảo.',
    );
  });

  it('reads "đạt" when an index equals the target, and overwrites --out atomically', async () => {
    const target = join(out, 'x2.docx');
    writeFileSync(target, 'tệp cũ, không phải DOCX');
    const r = await hailong(
      'letter',
      '--unit',
      'X2',
      '--questionnaire',
      'TEST-Q',
      '--period',
      '2025',
      '--target',
      '50',
      '--out',
      target,
    );
    expect(r.status).toBe(0);
    const x2 = await letter(target);
    expect(x2.paragraphs).toContain('Trong năm 2025, UBND xã Hai đạt 50,00%, đạt chỉ tiêu giao (50,00%).');
    expect(x2.paragraphs.filter((p) => p.includes('chưa đạt'))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('exits 1 with a Vietnamese message on an unknown unit, questionnaire or a bad period, writing nothing', async () => {
    const none = join(out, 'none.docx');
    const cases: [string[], RegExp][] = [
      [['--unit', 'X9', '--questionnaire', 'TEST-Q', '--period', '2025'], /Không tìm thấy đơn vị có mã "X9"/],
      [
        ['--unit', 'X1', '--questionnaire', 'KHONG-CO', '--period', '2025'],
        /Không có phiếu khảo sát "KHONG-CO"/,
      ],
      [['--unit', 'X1', '--questionnaire', 'TEST-Q', '--period', '2025-Q5'], /kỳ "2025-Q5" không hợp lệ/],
      [
        ['--unit', 'X1', '--questionnaire', 'TEST-Q', '--period', '2023'],
        /Chưa có chỉ số hài lòng của UBND xã Một, huyện A trong kỳ 2023/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await hailong('letter', ...args, '--out', none);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(none)).toBe(false);
    const usage = await hailong('letter', '--unit', 'X1', '--questionnaire', 'TEST-Q', '--period', '2025');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('thiếu --out');
  }, 240_000);
});
