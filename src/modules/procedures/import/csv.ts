import { type CsvRecord, CsvSyntaxError, parseCsv } from '../../../lib/csv.ts';
import {
  CSV_COLUMNS,
  CSV_OPTIONAL,
  type ImportCheck,
  type ImportContext,
  type ImportError,
  type ImportedProcedure,
} from './catalogue.ts';
import { procedureItem } from './item.schema.ts';
import { checkItem } from './item-errors.ts';
import { outcome, refused } from './result.ts';

type Add = (code: string, message: string) => void;

/** A CSV catalogue: the header on line 1, one procedure a row, errors named "Dòng N". */
export function checkProceduresCsv(input: string, ctx: ImportContext): ImportCheck {
  let records: CsvRecord[];
  try {
    records = parseCsv(input);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return refused('Dòng', error.line, 'CSV_SYNTAX', error.message);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return refused('Dòng', 1, 'EMPTY_FILE', `tệp rỗng, cần dòng tiêu đề ${CSV_COLUMNS.join(',')}`);

  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const errors: ImportError[] = [];
  const at = (code: string, message: string) =>
    errors.push({ label: 'Dòng', line: header.line, code, message });
  for (const name of columns) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name))
      at('UNKNOWN_COLUMN', `cột "${name}" không được hỗ trợ (chỉ nhận ${CSV_COLUMNS.join(', ')})`);
  }
  for (const name of CSV_COLUMNS) {
    if (!CSV_OPTIONAL.has(name) && !columns.includes(name)) at('MISSING_COLUMN', `thiếu cột "${name}"`);
  }
  if (new Set(columns).size !== columns.length) at('DUPLICATE_COLUMN', 'một cột xuất hiện hai lần');
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return refused('Dòng', header.line, 'EMPTY_FILE', 'tệp không có dòng dữ liệu nào');

  const schema = procedureItem(ctx);
  const procedures: ImportedProcedure[] = [];
  for (const row of rows) {
    const add: Add = (code, message) => errors.push({ label: 'Dòng', line: row.line, code, message });
    if (row.fields.length !== columns.length) {
      add('FIELD_COUNT', `có ${row.fields.length} ô, cần ${columns.length} ô như dòng tiêu đề`);
      continue;
    }
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i < 0 ? '' : (row.fields[i] ?? '');
    };
    const documents = splitDocuments(cell('documents'), add);
    const forms = splitForms(cell('forms'), add);
    const checked = checkItem(schema, {
      code: cell('code'),
      name: cell('name'),
      field: cell('field'),
      level: cell('level'),
      processingTime: {
        amount: cell('processing_amount'),
        unit: cell('processing_unit'),
        sameDayCutoff: cell('same_day_cutoff'),
      },
      fees: cell('fees'),
      documents: documents ?? [],
      forms: forms ?? [],
      legalBasis: cell('legal_basis'),
      unitCodes: cell('unit_codes').split(/[\s;,]+/),
    });
    if (!checked.ok) {
      for (const e of checked.errors) {
        // A cell already reported as malformed is not reported again as empty.
        if (!(documents === null && e.code === 'DOCUMENTS_EMPTY')) add(e.code, e.message);
      }
    } else if (documents && forms) procedures.push({ line: row.line, ...checked.procedure });
  }
  return outcome(procedures, errors, 'Dòng');
}

/** Split a `;`-separated list of `|`-separated parts, dropping empty entries (a trailing ";"). */
function splitList(cellText: string): string[][] {
  return cellText
    .split(/;|\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split('|').map((p) => p.trim()));
}

/** `Tên|original|1; Tên khác|copy|2` → `[{name, kind, count}]`, or null once a part is malformed. */
function splitDocuments(cellText: string, add: Add): unknown[] | null {
  let ok = true;
  const docs = splitList(cellText).map((parts, i) => {
    if (parts.length < 2 || parts.length > 3) {
      add(
        'DOCUMENT_INVALID',
        `giấy tờ thứ ${i + 1} ("${parts.join('|')}") phải có dạng Tên giấy tờ|original|1 (loại: original, certified_copy, copy)`,
      );
      ok = false;
      return null;
    }
    const [name, kind, count] = parts;
    return {
      name,
      kind,
      ...(count === undefined || count === '' ? {} : { count: /^\d+$/.test(count) ? Number(count) : count }),
    };
  });
  return ok ? docs : null;
}

/** `Tên mẫu|https://…; …` → `[{name, url}]`, or null once a part is malformed. */
function splitForms(cellText: string, add: Add): unknown[] | null {
  let ok = true;
  const forms = splitList(cellText).map((parts, i) => {
    const [name, ...rest] = parts;
    if (rest.length === 0) {
      add(
        'FORM_INVALID',
        `biểu mẫu thứ ${i + 1} ("${parts.join('|').slice(0, 100)}") phải có dạng Tên mẫu|https://…`,
      );
      ok = false;
      return null;
    }
    // A URL may itself hold "|": only the first one separates the name.
    return { name, url: rest.join('|') };
  });
  return ok ? forms : null;
}
