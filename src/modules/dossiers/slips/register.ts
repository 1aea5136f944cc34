/**
 * Sổ theo dõi hồ sơ as a spreadsheet, numbered by the regime of the dossiers it lists: Mẫu số 06 of
 * TT 01/2018/TT-VPCP for dossiers received until 30/6/2025, Mẫu số 07 of TT 03/2025/TT-VPCP from
 * 1/7/2025 (data/regimes). A period that holds dossiers of two regimes gives one sheet per regime, in
 * date order, each with its own form line and numbering from 1: a register is one form, and the two
 * forms are not the same paper. Moments are written as text "dd/mm/yyyy HH:mm" in Vietnam time: the
 * register is read and printed, and the shared XLSX writer keeps dates by day only.
 */
import { buildXlsx, type XlsxColumn, type XlsxSheet } from '../../../documents/index.ts';
import { REGIMES, slipFormOf } from '../../../law/regimes.ts';
import { ruleSetOn } from '../dossier-status.ts';
import { registerDateTime } from './format.ts';
import { formLine, UNVERIFIED_FORM_NOTE } from './layout.ts';
import type { RegisterRow } from './model.ts';

export const REGISTER_COLUMNS: XlsxColumn[] = [
  { header: 'STT', key: 'no', format: 'integer', width: 6 },
  { header: 'Mã hồ sơ', key: 'code', width: 22 },
  { header: 'Thủ tục', key: 'procedure', width: 40 },
  { header: 'Người nộp', key: 'applicant', width: 26 },
  { header: 'Ngày nhận', key: 'receivedAt', width: 17 },
  { header: 'Ngày hẹn trả', key: 'dueAt', width: 17 },
  { header: 'Ngày trả', key: 'returnedAt', width: 17 },
  { header: 'Trạng thái', key: 'status', width: 22 },
  { header: 'Ghi chú', key: 'note', width: 30 },
];

/** The sheet's name when the period holds one regime's dossiers. */
export const REGISTER_SHEET = 'Sổ theo dõi hồ sơ';

/** One sheet's heading: the form's title, the unit, the period, and the regime's form line. */
export function registerTitle(unitName: string, period: string, ruleSet: string): string {
  const form = slipFormOf(ruleSet, 'register');
  const title = (form?.title ?? 'Sổ theo dõi hồ sơ').toLocaleUpperCase('vi');
  const line = form
    ? ` (${formLine(form)}${form.verified ? '' : `; ${UNVERIFIED_FORM_NOTE.toLocaleLowerCase('vi')}`})`
    : '';
  return `${title} — ${unitName.trim()} — ${period.trim()}${line}`.normalize('NFC');
}

/** "Mẫu 07 (03-2025-TT-VPCP)": a sheet name (no "/" allowed, at most 31 characters). */
function sheetName(ruleSet: string): string {
  const form = slipFormOf(ruleSet, 'register');
  return (form ? `Mẫu ${form.code} (${form.circular.replaceAll('/', '-')})` : ruleSet).slice(0, 31);
}

/**
 * The register of a period. Each row names the regime its dossier stored (`ruleSet`; a row without
 * one is placed by its reception moment, which is how the regime was chosen). `ruleSetOfPeriod` is
 * the regime in force when the period begins: the heading of an empty register (today's regime when
 * not given).
 */
export async function registerXlsx(
  unitName: string,
  period: string,
  given: (RegisterRow & { ruleSet?: string })[],
  ruleSetOfPeriod: string = REGIMES[REGIMES.length - 1]!.code,
): Promise<Buffer> {
  const rows = given.map((r) => ({ ...r, ruleSet: r.ruleSet ?? ruleSetOn(r.receivedAt) }));
  const order = REGIMES.map((r) => r.code);
  const ruleSets = [...new Set(rows.map((r) => r.ruleSet))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  if (ruleSets.length === 0) ruleSets.push(ruleSetOfPeriod);
  const sheets: XlsxSheet[] = ruleSets.map((ruleSet) => ({
    name: ruleSets.length === 1 ? REGISTER_SHEET : sheetName(ruleSet),
    title: registerTitle(unitName, period, ruleSet),
    columns: REGISTER_COLUMNS,
    rows: rows
      .filter((r) => r.ruleSet === ruleSet)
      .map((r, i) => ({
        no: i + 1,
        code: r.code,
        procedure: r.procedure,
        applicant: r.applicant,
        receivedAt: registerDateTime(r.receivedAt),
        dueAt: registerDateTime(r.dueAt),
        returnedAt: r.returnedAt ? registerDateTime(r.returnedAt) : null,
        status: r.status,
        note: r.note ?? null,
      })),
  }));
  return buildXlsx(sheets);
}
