import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphText, readDocx } from '../../../documents/testing/docx-reader.ts';
import { type PdfPage, readPdf } from '../../../documents/testing/pdf-reader.ts';
import {
  BOX,
  PAPER_NOTICE,
  PAPER_THANKS,
  PAPER_TITLE,
  paperQuestionnairePdf,
  roman,
  sharedScale,
  sourceLine,
} from './paper-questionnaire.ts';
import { paperQuestionnaireDocx } from './paper-questionnaire-docx.ts';
import { parseQuestionnaireText, type Questionnaire } from './questionnaire.ts';

const DATA = join(import.meta.dirname, '../../../../data/questionnaires');
function template(code: string): Questionnaire {
  const parsed = parseQuestionnaireText(readFileSync(join(DATA, `${code}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${code} không hợp lệ`);
  return parsed.questionnaire;
}
const squeeze = (s: string) => s.replace(/\s+/g, '');
/** The whole page: the reader sets apart what lies in NĐ 30's 20 mm top margin; this sheet's is 15 mm. */
const pageText = (p: PdfPage) => `${p.topMargin}\n${p.text}`;
const A4 = { width: 595.28, height: 841.89 };
const UNIT = { code: 'KH25-TNT', name: 'Ủy ban nhân dân phường Tây Nha Trang' };

describe('the paper questionnaire (PDF)', () => {
  const kh = template('KH-UBND-XA');
  let pages: PdfPage[];
  let all: string;
  beforeAll(async () => {
    const pdf = await paperQuestionnairePdf({
      questionnaire: kh,
      version: 2,
      unit: UNIT,
      wave: { code: 'KH-2026', title: 'Khảo sát sự hài lòng năm 2026', period: '2026' },
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    pages = await readPdf(pdf);
    all = squeeze(pages.map(pageText).join('\n'));
  });

  it('is A4 portrait pages numbered "Trang x/y"', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, p] of pages.entries()) {
      expect(p.width).toBeCloseTo(A4.width, 1);
      expect(p.height).toBeCloseTo(A4.height, 1);
      expect(squeeze(pageText(p))).toContain(`Trang${i + 1}/${pages.length}`);
    }
  });

  it('names the unit, the wave and the template version, with their diacritics', () => {
    const first = pages[0]!;
    expect(squeeze(pageText(first))).toContain(squeeze(PAPER_TITLE));
    expect(squeeze(pageText(first))).toContain(squeeze(kh.title));
    expect(first.lines).toContain('Đơn vị được khảo sát: Ủy ban nhân dân phường Tây Nha Trang (mã KH25-TNT)');
    expect(first.lines).toContain('Khảo sát sự hài lòng năm 2026 (kỳ 2026)');
    expect(first.topMargin.split('\n')[0]).toBe('Mã phiếu: KH-UBND-XA, phiên bản 2 · Đợt: KH-2026');
  });

  it('prints the anonymity and purpose notice (NĐ 13/2023) before the first question', () => {
    const text = squeeze(pages[0]!.text);
    for (const line of PAPER_NOTICE) expect(text).toContain(squeeze(line));
    expect(text.indexOf(squeeze('Nghị định số 13/2023/NĐ-CP'))).toBeLessThan(text.indexOf('1.1.'));
  });

  it('prints every criterion in order and every question with each answer as a box and its number', () => {
    let at = 0;
    kh.criteria.forEach((c, i) => {
      const heading = squeeze(`${roman(i + 1)}. ${c.title.toLocaleUpperCase('vi')}`);
      const found = all.indexOf(heading, at);
      expect(found, c.title).toBeGreaterThanOrEqual(at);
      at = found;
      c.questions.forEach((q, j) => {
        const question = all.indexOf(squeeze(`${i + 1}.${j + 1}. ${q.text}`), at);
        expect(question, q.code).toBeGreaterThan(at);
        at = question;
        // A question with its own answers lists them right after it, each behind a box.
        for (const o of q.options)
          expect(all.indexOf(squeeze(`${BOX} ${o.label} (${o.value})`), at)).toBeGreaterThan(at);
      });
    });
    const boxes = all.split(BOX).length - 1;
    const expected =
      kh.profile.reduce((n, p) => n + p.options.length, 0) +
      kh.criteria.reduce((n, c) => n + c.questions.reduce((m, q) => m + q.options.length, 0), 0);
    expect(boxes).toBe(expected);
    expect(all).toContain(squeeze(PAPER_THANKS));
  });

  it('never starts a page with answers whose question is on the page before', async () => {
    for (const code of ['KH-UBND-XA', 'KH-TYT', 'SIPAS-2023']) {
      const sheet = await readPdf(
        await paperQuestionnairePdf({ questionnaire: template(code), version: 1, unit: UNIT }),
      );
      expect(sheet.length, code).toBeGreaterThan(1);
      for (const p of sheet.slice(1)) {
        const first = pageText(p).trim().split('\n')[0]!;
        expect(first.startsWith(BOX), `${code}: ${first}`).toBe(false);
      }
    }
  });

  it('says on every page where the template comes from and how closely: "tham khảo" for Khánh Hòa', () => {
    expect(kh.source?.status).toBe('reference');
    expect(sourceLine(kh)).toMatch(/^Nguồn: .+ — tham khảo/);
    for (const p of pages) expect(squeeze(pageText(p))).toContain(squeeze(sourceLine(kh)));
  });

  it('a 5-point scale prints as one grid, one box per answer column and question', async () => {
    const sipas = template('SIPAS-2017');
    const first = sipas.criteria[0]!;
    expect(sharedScale(first.questions)).not.toBeNull();
    const pdf = await paperQuestionnairePdf({ questionnaire: sipas, version: 1 });
    const text = (await readPdf(pdf)).map(pageText).join('\n');
    expect(text).toContain('Đơn vị được khảo sát: …');
    const boxes = text.split(BOX).length - 1;
    expect(boxes).toBe(
      sipas.profile.reduce((n, p) => n + p.options.length, 0) +
        sipas.criteria.reduce((n, c) => n + c.questions.reduce((m, q) => m + q.options.length, 0), 0),
    );
    expect(squeeze(text)).toContain(squeeze(`1.1. ${first.questions[0]!.text}`));
    expect(squeeze(text)).toContain(squeeze('Nguồn: Quyết định số 2640/QĐ-BNV ngày 10/10/2017'));
    expect(squeeze(text)).toContain('—điềuchỉnh');
  });

  it('leaves out the items the desk computes from the dossier, and says so', async () => {
    const nd61 = template('ND61-QUAY');
    const dossierItems = nd61.criteria.flatMap((c) => c.questions).filter((q) => q.source === 'dossier');
    expect(dossierItems.length).toBeGreaterThan(0);
    const text = squeeze(
      (await readPdf(await paperQuestionnairePdf({ questionnaire: nd61, version: 1 })))
        .map(pageText)
        .join(''),
    );
    for (const q of dossierItems) expect(text).not.toContain(squeeze(q.text));
    expect(text).toContain(squeeze('do cơ quan tự tính, không hỏi người dân'));
  });
});

describe('the paper questionnaire (DOCX)', () => {
  it('has the same unit, notice, questions and source line', async () => {
    const kh = template('KH-UBND-XA');
    const bytes = await paperQuestionnaireDocx({ questionnaire: kh, version: 1, unit: UNIT });
    const docx = await readDocx(bytes);
    const text = squeeze(docx.paragraphs.join('\n'));
    expect(text).toContain(
      squeeze('Đơn vị được khảo sát: Ủy ban nhân dân phường Tây Nha Trang (mã KH25-TNT)'),
    );
    for (const line of PAPER_NOTICE) expect(text).toContain(squeeze(line));
    for (const q of kh.criteria[0]!.questions) expect(text).toContain(squeeze(q.text));
    const zip = await JSZip.loadAsync(bytes);
    const footers = docx.files.filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(1);
    const footer = paragraphText((await zip.file(footers[0]!)?.async('string')) ?? '');
    expect(footer).toContain(sourceLine(kh));
    expect(docx.sections[0]!.page).toMatchObject({ width: 11906, height: 16838 });
  });
});

describe('sharedScale', () => {
  it('is the common answers exactly when every question offers the same ones (at most six)', () => {
    const option = fc.record({
      value: fc.integer({ min: 1, max: 9 }),
      label: fc.constantFrom('Có', 'Không', 'Tạm được'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(option, { minLength: 2, maxLength: 7 }), { minLength: 1, maxLength: 5 }),
        (lists) => {
          const questions = lists.map((options) => ({
            options: options.map((o) => ({ ...o, score: null })),
          }));
          const same = lists.every((l) => JSON.stringify(l) === JSON.stringify(lists[0]));
          const scale = sharedScale(questions);
          if (same && lists[0]!.length <= 6) expect(scale).toEqual(questions[0]!.options);
          else expect(scale).toBeNull();
        },
      ),
    );
  });
});
