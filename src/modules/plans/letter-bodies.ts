/**
 * The bodies a unit's follow-up letter addresses, per province (data/letters/bodies.json): read and
 * checked once; a province without its own list uses "default".
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { LetterBodySpec } from './doc-letter.ts';

export const LETTER_BODIES_FILE = new URL('../../../data/letters/bodies.json', import.meta.url);

const bodySchema = z
  .object({
    role: z.string().min(1),
    recipient: z.string().min(1),
    recipientOrder: z.number().int().optional(),
    heading: z.string().min(1),
    tasks: z.array(z.string().min(1)),
  })
  .strict();

const listSchema = z.array(bodySchema);

/** Parses a bodies file: `{ "default": [...], "<province code>": [...] }`; throws naming the field. */
export function parseLetterBodies(json: unknown): Record<string, LetterBodySpec[]> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('Tệp cơ quan nhận công văn phải là một đối tượng JSON theo mã tỉnh.');
  }
  const out: Record<string, LetterBodySpec[]> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith('$')) continue; // "$comment"
    const parsed = listSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(
        `Tệp cơ quan nhận công văn không hợp lệ tại "${[key, ...issue.path].join('.')}": ${issue.message}`,
      );
    }
    out[key] = parsed.data;
  }
  return out;
}

let cache: Record<string, LetterBodySpec[]> | null = null;

/** The bodies configured for a province (by its unit code), else the default list. */
export function letterBodiesFor(provinceCode: string | null): LetterBodySpec[] {
  cache ??= parseLetterBodies(JSON.parse(readFileSync(LETTER_BODIES_FILE, 'utf8')));
  return (provinceCode ? cache[provinceCode] : undefined) ?? cache.default ?? [];
}
