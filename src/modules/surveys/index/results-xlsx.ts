/**
 * The index table as a workbook for officers: sheet "Xếp hạng" (one row per unit, sortable and
 * filterable) and sheet "Câu hỏi" (one row per unit × question, with the answer distribution).
 *
 * Written with exceljs directly rather than buildXlsx, because the table needs a subtitle row under
 * the title, a tall wrapped header for the criterion titles and columns frozen at the unit name; the
 * font, borders and number formats are those of buildXlsx so the books look alike. Numbers are
 * numbers, rounded to 2 decimals the way formatNumberVi rounds (toFixed), with a 2-decimal format:
 * a Vietnamese-locale Excel shows "72,27" and the column still sorts and sums.
 */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../lib/format.ts';
import { vnDateTime } from '../../../lib/time.ts';
import type { IndexTable } from './index.service.ts';
import { formatPeriodVi, parsePeriod } from './period.ts';

export interface IndexTableXlsxMeta {
  /** The bold title row: "Chỉ số hài lòng của người dân đối với Trạm y tế cấp xã". */
  title: string;
  /** The questionnaire's display title, for the subtitle. */
  questionnaireTitle: string;
  generatedAt: Date;
}

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const DECIMAL = '#,##0.00';
const INTEGER = '#,##0';

const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const HEADER_ROW = 3;

type Cell = string | number | null;

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/** Two decimals, rounded as formatNumberVi rounds, so the sheet agrees with the web and the PDF. */
function round2(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const rounded = Number(value.toFixed(2));
  return rounded === 0 ? 0 : rounded; // no "-0"
}

function text(value: string | null | undefined): string | null {
  return value ? value.normalize('NFC') : null;
}

/** "01/07/2025 14:05", Vietnam time. */
function generatedLabel(at: Date): string {
  return `${formatDateVi(at)} ${vnDateTime(at).slice(11, 16)}`;
}

function periodLabel(period: string | null): string | null {
  if (!period) return null;
  const parsed = parsePeriod(period);
  return parsed.ok ? formatPeriodVi(parsed.period) : period;
}

function subtitle(table: IndexTable, meta: IndexTableXlsxMeta): string {
  const parts: string[] = [];
  const period = periodLabel(table.period);
  if (period) parts.push(`Kỳ: ${period}`);
  parts.push(`Phiếu: ${meta.questionnaireTitle} (mã ${table.questionnaire}, phiên bản ${table.version})`);
  if (table.pooled) parts.push('số liệu gộp cả các đơn vị trực thuộc');
  if (table.channel) parts.push(`kênh: ${table.channel}`);
  parts.push(`mẫu nhỏ: dưới ${table.minSample} phiếu`);
  parts.push(`lập lúc ${generatedLabel(meta.generatedAt)}`);
  return parts.join('; ');
}

/** Criteria in questionnaire order (every unit carries the same list; a union guards against gaps). */
function criteriaOf(table: IndexTable): { code: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const unit of table.units) {
    for (const k of unit.criteria) if (!seen.has(k.code)) seen.set(k.code, k.title);
  }
  return [...seen].map(([code, title]) => ({ code, title }));
}

/** Option values across every question; numeric values in numeric order, others as first seen. */
function optionValues(table: IndexTable): string[] {
  const seen = new Set<string>();
  for (const unit of table.units) {
    for (const k of unit.criteria)
      for (const q of k.questions) for (const v of Object.keys(q.distribution)) seen.add(v);
  }
  const values = [...seen];
  const numeric = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));
  if (values.every(numeric)) values.sort((a, b) => Number(a) - Number(b));
  return values;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headings: { title: string; subtitle: string },
  columns: Column[],
  rows: Cell[][],
  frozenColumns: number,
): void {
  const sheet = workbook.addWorksheet(name);
  const last = Math.max(1, columns.length);

  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = headings.title.normalize('NFC');
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'left', vertical: 'middle' };
  const sub = sheet.getCell(SUBTITLE_ROW, 1);
  sub.value = headings.subtitle.normalize('NFC');
  sub.font = { ...FONT, italic: true };
  sub.alignment = { horizontal: 'left', vertical: 'middle' };
  if (last > 1) {
    sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
    sheet.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, last);
  }

  const header = sheet.getRow(HEADER_ROW);
  // Criterion titles wrap over a few lines in narrow columns.
  header.height = 66;
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    const cell = header.getCell(i + 1);
    cell.value = column.header.normalize('NFC');
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });

  rows.forEach((values, r) => {
    const row = sheet.getRow(HEADER_ROW + 1 + r);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const value = values[i] ?? null;
      cell.value = typeof value === 'string' ? value.normalize('NFC') : value;
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: column.numFmt === undefined };
      if (column.numFmt) cell.numFmt = column.numFmt;
    });
  });

  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: frozenColumns }];
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
}

function rankingSheet(table: IndexTable): { columns: Column[]; rows: Cell[][] } {
  const criteria = criteriaOf(table);
  const columns: Column[] = [
    { header: 'Hạng', width: 7, numFmt: INTEGER },
    { header: 'Trong số', width: 8, numFmt: INTEGER },
    { header: 'Mã đơn vị', width: 12 },
    { header: 'Đơn vị', width: 34 },
    { header: 'Nhóm', width: 14 },
    { header: 'Số phiếu', width: 9, numFmt: INTEGER },
    ...criteria.map((k): Column => ({ header: `${k.code} ${k.title}`, width: 16, numFmt: DECIMAL })),
    { header: 'Chung (%)', width: 10, numFmt: DECIMAL },
    { header: 'Chỉ tiêu', width: 9, numFmt: DECIMAL },
    { header: 'Chênh lệch', width: 10, numFmt: DECIMAL },
    { header: 'Mẫu nhỏ', width: 8 },
    // Left out of the figures (last, so the other columns keep their place).
    { header: 'Tạm giữ', width: 9, numFmt: INTEGER },
    { header: 'Bị loại', width: 9, numFmt: INTEGER },
  ];
  const rows = table.units.map((u): Cell[] => {
    const byCode = new Map(u.criteria.map((k) => [k.code, k]));
    return [
      u.rank,
      // "of N" only means something next to a rank.
      u.rank === null ? null : u.rankOf,
      text(u.unit),
      text(u.name),
      text(u.peerGroup),
      u.responses,
      ...criteria.map((k) => round2(byCode.get(k.code)?.index)),
      round2(u.overall.index),
      round2(u.overall.target),
      round2(u.overall.gap),
      u.lowSample ? 'Có' : null,
      u.held ?? null,
      u.excluded,
    ];
  });
  return { columns, rows };
}

function questionSheet(table: IndexTable): { columns: Column[]; rows: Cell[][] } {
  const values = optionValues(table);
  const columns: Column[] = [
    { header: 'Mã đơn vị', width: 12 },
    { header: 'Đơn vị', width: 34 },
    { header: 'Tiêu chí', width: 9 },
    { header: 'Mã câu hỏi', width: 11 },
    { header: 'Chỉ số (%)', width: 10, numFmt: DECIMAL },
    { header: 'Số trả lời', width: 10, numFmt: INTEGER },
    { header: 'Không ý kiến', width: 10, numFmt: INTEGER },
    ...values.map((v): Column => ({ header: `Phương án ${v} (%)`, width: 12, numFmt: DECIMAL })),
  ];
  const rows: Cell[][] = [];
  for (const u of table.units) {
    for (const k of u.criteria) {
      for (const q of k.questions) {
        rows.push([
          text(u.unit),
          text(u.name),
          text(k.code),
          text(q.code),
          round2(q.index),
          q.answered,
          q.noOpinion,
          // An option the question does not have stays blank; one nobody chose is 0.
          ...values.map((v) => round2(q.distribution[v])),
        ]);
      }
    }
  }
  return { columns, rows };
}

export async function indexTableXlsx(table: IndexTable, meta: IndexTableXlsxMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hài Lòng';
  workbook.created = meta.generatedAt;
  const headings = { title: meta.title, subtitle: subtitle(table, meta) };
  const ranking = rankingSheet(table);
  addSheet(workbook, 'Xếp hạng', headings, ranking.columns, ranking.rows, 4);
  const questions = questionSheet(table);
  addSheet(workbook, 'Câu hỏi', headings, questions.columns, questions.rows, 2);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
