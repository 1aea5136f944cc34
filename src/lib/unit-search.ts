import { foldVietnamese } from './text.ts';

/**
 * Finding a unit the way people type it: "UBND Phương Sài", "tram y te phuong sai", "vinh thai xa".
 * Words are compared without diacritics or case, each typed word must begin a word of the name
 * (or be the unit's code), in any order. Words that only say what kind of unit it is ("UBND",
 * "phường", "xã", "trạm y tế"…) are not required, since people add or drop them freely, but a name
 * that has them ranks first. Pure, so every picker (server or browser) ranks alike.
 */

/** Words naming the kind of unit (folded). "thanh" and "phuong" are also parts of place names: never required, always a bonus. */
const KIND_WORDS = new Set([
  'ubnd',
  'uy',
  'ban',
  'nhan',
  'dan',
  'tinh',
  'thanh',
  'pho',
  'huyen',
  'quan',
  'thi',
  'xa',
  'tran',
  'phuong',
  'dac',
  'khu',
  'tram',
  'y',
  'te',
  'tyt',
]);

function words(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * The words a unit must have (a database can pre-filter on these before ranking): the typed words
 * that are not kind words, or all of them when there are only kind words.
 */
export function requiredWords(query: string): string[] {
  const typed = words(query);
  const required = typed.filter((w) => !KIND_WORDS.has(w));
  return required.length > 0 ? required : typed;
}

export interface UnitLike {
  code: string;
  name: string;
}

/**
 * How well `unit` answers `query`: null when it does not; higher is better. Every word that is
 * not a kind word must begin a word of the name, or be the whole code.
 */
export function unitMatchScore(query: string, unit: UnitLike): number | null {
  const code = unit.code.toLowerCase();
  if (query.trim().toLowerCase() === code) return 100;
  const typed = words(query);
  if (typed.length === 0) return null;
  const nameWords = words(unit.name);
  let score = 0;
  for (const word of requiredWords(query)) {
    if (word === code) score += 30;
    else if (nameWords.includes(word)) score += 10;
    else if (nameWords.some((n) => n.startsWith(word))) score += 6;
    else return null;
  }
  // Kind words that the name has too: "xã" for a commune, "trạm y tế" for a health station.
  for (const word of typed) if (KIND_WORDS.has(word) && nameWords.includes(word)) score += 2;
  // The typed words in the name's order, side by side: "phuong sai" in "… Phương Sài".
  if (foldVietnamese(unit.name).includes(typed.join(' '))) score += 8;
  // Shorter names first among equals: "UBND phường Phương Sài" before a department inside it.
  return score - nameWords.length * 0.01;
}

/** The units answering `query`, best first (ties in Vietnamese order of name), at most `limit`. */
export function searchUnits<T extends UnitLike>(query: string, units: readonly T[], limit = 20): T[] {
  const scored: { unit: T; score: number }[] = [];
  for (const unit of units) {
    const score = unitMatchScore(query, unit);
    if (score !== null) scored.push({ unit, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name, 'vi'))
    .slice(0, limit)
    .map((s) => s.unit);
}
