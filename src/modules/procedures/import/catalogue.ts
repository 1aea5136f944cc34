import type { LineError } from '../../../lib/errors.ts';

/**
 * What a procedure catalogue file holds, and what checking it returns. The checks (csv.ts,
 * json.ts, item.schema.ts) read a whole file (CSV or JSON) before anything is written, and return
 * either every bad line (CSV: "Dòng N", JSON: "Mục N", the item's 1-based index) or the procedures,
 * normalised. Pure: the units they need from the database are passed in.
 *
 * JSON: an array of `{code, name, field, level, processingTime: {amount, unit, sameDayCutoff?}, fees?, documents:
 * [{name, kind, count}], forms?: [{name, url}], legalBasis, unitCodes}`.
 * CSV: `code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes`
 * (and, optional, `same_day_cutoff`: the HH:MM cut-off of a `same_day` procedure)
 * where `documents` is `Tên|original|1; Tên khác|copy|2`, `forms` is `Tên mẫu|https://…; …` and
 * `unit_codes` is `P01 P02` (spaces, ";" or "," between codes).
 */

export const PROCEDURE_LEVELS = ['toan_trinh', 'mot_phan', 'truc_tiep'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];
export const TIME_UNITS = ['working_days', 'working_hours', 'same_day'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const DOCUMENT_KINDS = ['original', 'certified_copy', 'copy'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PROCEDURE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export const LIMITS = {
  name: 500,
  field: 200,
  fees: 1000,
  legalBasis: 4000,
  documentName: 500,
  formName: 300,
  url: 2000,
  documents: 50,
  forms: 20,
  units: 5000,
  amount: 1000,
  count: 100,
} as const;

export interface RequiredDocument {
  name: string;
  kind: DocumentKind;
  count: number;
}

export interface FormLink {
  name: string;
  url: string;
}

/** A procedure as the catalogue stores it (receiving units by code). */
export interface ProcedureInput {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  /**
   * `same_day` (amount 0): due at closing time the same working day, or the next one when received at
   * or after `sameDayCutoff` (HH:MM, default 15:00; chứng thực: NĐ 23/2015/NĐ-CP Điều 7). Null otherwise.
   */
  processingTime: { amount: number; unit: TimeUnit; sameDayCutoff: string | null };
  fees: string;
  documents: RequiredDocument[];
  forms: FormLink[];
  legalBasis: string;
  unitCodes: string[];
}

export interface ImportedProcedure extends ProcedureInput {
  /** CSV: the line the row starts on; JSON: the item's 1-based index. */
  line: number;
}

/** One bad line (CSV, or a JSON syntax error) or item (JSON). */
export interface ImportError extends LineError {
  label: 'Dòng' | 'Mục';
}

export interface ImportContext {
  /** Every unit by code; a closed unit (validTo set) cannot receive a procedure. */
  units: Map<string, { validTo: string | null }>;
}

export type ImportCheck =
  | { ok: true; procedures: ImportedProcedure[] }
  | { ok: false; errors: ImportError[] };

export const CSV_COLUMNS = [
  'code',
  'name',
  'field',
  'level',
  'processing_amount',
  'processing_unit',
  'fees',
  'documents',
  'forms',
  'legal_basis',
  'unit_codes',
  'same_day_cutoff',
] as const;
export const CSV_OPTIONAL = new Set(['fees', 'forms', 'same_day_cutoff']);

/** NĐ 23/2015/NĐ-CP, Điều 7 (chứng thực): received after 15:00, done the next working day. */
export const DEFAULT_SAME_DAY_CUTOFF = '15:00';

/** `Dòng 7: thiếu tên thủ tục (cột name) [NAME_EMPTY]` or `Mục 3: … [CODE]`. */
export function formatImportError(e: ImportError): string {
  return `${e.label} ${e.line}: ${e.message} [${e.code}]`;
}
