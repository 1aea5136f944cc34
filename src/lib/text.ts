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
