import type { z } from 'zod';
import type { ProcedureInput } from './catalogue.ts';
import { isObject, oneLine, type procedureItem } from './item.schema.ts';

/**
 * Reading the zod issues of one item as the lines of the import report: the code each rule carries
 * (zod's own issues are a value of the wrong type, TYPE_INVALID, or a field the file may not have,
 * UNKNOWN_FIELD), and "giấy tờ thứ N" in front of what concerns a document or a form.
 */

export const ITEM_KEYS = [
  'code',
  'name',
  'field',
  'level',
  'processingTime',
  'fees',
  'documents',
  'forms',
  'legalBasis',
  'unitCodes',
] as const;

const ENTRY = {
  documents: { noun: 'giấy tờ', keys: 'name, kind, count' },
  forms: { noun: 'biểu mẫu', keys: 'name, url' },
} as const;

/** One problem of an item, as the line of the import report says it. */
function issueToErrors(issue: z.core.$ZodIssue, raw: unknown): { code: string; message: string }[] {
  const [key, index, field] = issue.path;
  const entryOf = ENTRY[key as keyof typeof ENTRY];
  if (issue.code === 'unrecognized_keys') {
    if (!entryOf)
      return issue.keys.map((k) => ({
        code: 'UNKNOWN_FIELD',
        message: `trường "${k}" không được hỗ trợ (chỉ nhận ${ITEM_KEYS.join(', ')})`,
      }));
    return [
      {
        code: 'UNKNOWN_FIELD',
        message: `${entryOf.noun} thứ ${Number(index) + 1}: trường "${issue.keys[0]}" không được hỗ trợ (chỉ nhận ${entryOf.keys})`,
      },
    ];
  }
  const code = issue.code === 'custom' ? (issue.params?.code as string) : 'TYPE_INVALID';
  if (issue.path.length === 0 && code === 'ITEM_NOT_OBJECT')
    return [{ code, message: 'mỗi thủ tục phải là một đối tượng {code, name, field, …}' }];
  if (!entryOf || typeof index !== 'number') return [{ code, message: issue.message }];
  // Inside a document or form: name it by its position, and by its name once it has one.
  const where = `${entryOf.noun} thứ ${index + 1}`;
  if (field === undefined) return [{ code, message: `${where} ${issue.message}` }];
  const element =
    isObject(raw) && Array.isArray(raw[key as string]) ? (raw[key as string] as unknown[])[index] : null;
  const name = isObject(element) && typeof element.name === 'string' ? oneLine(element.name) : '';
  const label = field !== 'name' && name ? `${where} ("${name}")` : where;
  return [{ code, message: `${label}: ${issue.message}` }];
}

/**
 * Check one item: the procedure, normalised, or its problems in field order (a field the file may
 * not have is named before the fields of the same object).
 */
export function checkItem(
  schema: ReturnType<typeof procedureItem>,
  raw: unknown,
): { ok: true; procedure: ProcedureInput } | { ok: false; errors: { code: string; message: string }[] } {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, procedure: result.data };
  const issues = [...result.error.issues];
  for (const unknownKeys of issues.filter((i) => i.code === 'unrecognized_keys')) {
    const inside = (i: z.core.$ZodIssue) => unknownKeys.path.every((p, n) => i.path[n] === p);
    const at = issues.indexOf(unknownKeys);
    const first = issues.findIndex(inside);
    issues.splice(at, 1);
    issues.splice(first, 0, unknownKeys);
  }
  // The item's shape first: fields it may not have, then a part that is not the object it must be.
  const rank = (i: z.core.$ZodIssue) =>
    i.code === 'unrecognized_keys' && i.path.length === 0
      ? 0
      : i.code === 'custom' && i.params?.shape
        ? 1
        : 2;
  issues.sort((a, b) => rank(a) - rank(b));
  return { ok: false, errors: issues.flatMap((issue) => issueToErrors(issue, raw)) };
}
