import { createHash } from 'node:crypto';
import { type Questionnaire, toCanonical } from './questionnaire.ts';

/**
 * Versioning by content: the hash of the canonical JSON decides whether an imported file is a new
 * version ("importing an identical file changes nothing, a changed file makes a new version").
 * Formatting, key order, omitted defaults and accent encoding (NFC/NFD) do not change the hash;
 * any change a respondent or the index could see (a text, an order, a score, a weight) does.
 *
 * If the canonical form itself ever gains a filled default, every hash changes once: bump
 * CANONICAL_FORMAT so that the importer can tell that case apart from real edits.
 */
export const CANONICAL_FORMAT = 1;

/** Compact JSON of the canonical form, keys in a fixed order. */
export function canonicalJson(q: Questionnaire): string {
  return JSON.stringify(toCanonical(q));
}

/** sha256 (hex) of the canonical JSON. */
export function questionnaireHash(q: Questionnaire): string {
  return createHash('sha256').update(canonicalJson(q), 'utf8').digest('hex');
}

/** The file a person can edit and import again: the same format, defaults written out. */
export function exportQuestionnaire(q: Questionnaire): string {
  return `${JSON.stringify(toCanonical(q), null, 2)}\n`;
}
