import { and, type Column, like, type SQL } from 'drizzle-orm';

/** A literal for LIKE: %, _ and the escape character itself match only themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The folded text column contains every one of the (already folded) words, anywhere. */
export function containsAllWords(column: Column, words: string[]): SQL | undefined {
  return and(...words.map((w) => like(column, `%${escapeLike(w)}%`)));
}
