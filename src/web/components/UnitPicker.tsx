import { type ComboboxItem, MultiSelect, type OptionsFilter, Select } from '@mantine/core';
import { useMemo } from 'react';
import { foldVietnamese } from '../../lib/text.ts';
import { searchUnits } from '../../lib/unit-search.ts';
import { useUnitTree } from '../api/queries.ts';
import type { UnitNode } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

/** Open units in the user's scope, in tree order, as options "Name (CODE)". */
export function useUnitOptions(exclude?: string): ComboboxItem[] {
  const tree = useUnitTree(false);
  return useMemo(() => {
    const out: ComboboxItem[] = [];
    const visit = (nodes: UnitNode[]) => {
      for (const n of nodes) {
        if (n.code !== exclude && !n.validTo) out.push({ value: n.code, label: `${n.name} (${n.code})` });
        visit(n.children);
      }
    };
    visit(tree.data?.units ?? []);
    return out;
  }, [tree.data, exclude]);
}

/** Matches without diacritics: "phuong sai" finds "UBND phường Phương Sài (P09)". */
export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const q = foldVietnamese(search);
  const out: ComboboxItem[] = [];
  for (const option of options) {
    if ('group' in option) continue;
    if (!q || foldVietnamese(option.label).includes(q)) out.push(option);
    if (out.length >= limit) break;
  }
  return out;
};

/**
 * Units found the way people type them (lib/unit-search.ts): "UBND Phương Sài", "tram y te phuong
 * sai" and "vinh thai xa" all find their unit, best match first.
 */
export const unitFilter: OptionsFilter = ({ options, search, limit }) => {
  const items = options.filter((o): o is ComboboxItem => !('group' in o));
  if (!search.trim()) return items.slice(0, limit);
  return searchUnits(
    search,
    items.map((option) => ({ code: option.value, name: option.label, option })),
    limit,
  ).map((found) => found.option);
};

interface PickerProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
  exclude?: string;
  clearable?: boolean;
  placeholder?: string;
}

export function UnitPicker({ exclude, ...props }: PickerProps) {
  const t = useT();
  const options = useUnitOptions(exclude);
  return (
    <Select
      {...props}
      data={options}
      searchable
      filter={unitFilter}
      limit={100}
      placeholder={props.placeholder ?? t('units.field.pickUnit')}
      nothingFoundMessage={t('units.picker.none')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

interface MultiPickerProps {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  description?: string;
  exclude?: string;
}

export function UnitMultiPicker({ exclude, ...props }: MultiPickerProps) {
  const t = useT();
  const options = useUnitOptions(exclude);
  return (
    <MultiSelect
      {...props}
      data={options}
      searchable
      filter={unitFilter}
      limit={100}
      placeholder={t('units.field.pickUnit')}
      nothingFoundMessage={t('units.picker.none')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
