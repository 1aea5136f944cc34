import type { ComboboxItem } from '@mantine/core';
import type { Category } from './types.ts';

/** Categories as select options, "Name" (the group in the description would not be read out). */
export function categoryOptions(
  categories: readonly Category[] | undefined,
  activeOnly = false,
): ComboboxItem[] {
  const seen = new Set<string>();
  const out: ComboboxItem[] = [];
  for (const c of categories ?? []) {
    if (seen.has(c.code) || (activeOnly && c.active === false)) continue;
    seen.add(c.code);
    out.push({ value: c.code, label: c.group ? `${c.name} (${c.group})` : c.name });
  }
  return out;
}
