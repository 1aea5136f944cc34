/**
 * Vietnamese text helpers. Search ignores diacritics and case ("phuong sai" finds "Phương Sài"),
 * and lists sort by Vietnamese collation.
 */

/** Lower-case, strip diacritics (đ → d), collapse spaces. Used for stored search keys and queries. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two strings the way a Vietnamese reader expects a list to be ordered. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * A name shown in tables and open data (unit, procedure, category, questionnaire) must not start
 * like a spreadsheet formula: "=HYPERLINK(…)" as a unit name would run in every CSV opened in Excel.
 * CSV cells are neutralised anyway (lib/csv.ts); a name has no reason to start this way at all.
 */
export function startsLikeFormula(name: string): boolean {
  return /^[=+\-@\t\r]/.test(name);
}

export const FORMULA_NAME_MESSAGE =
  'Tên không được bắt đầu bằng =, +, -, @ hoặc ký tự tab (bảng tính sẽ hiểu là công thức)';
