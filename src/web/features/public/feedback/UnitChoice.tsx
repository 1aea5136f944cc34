import { Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { useSuggestedUnit } from '../../feedback/queries.ts';
import type { Category } from '../../feedback/types.ts';

export interface UnitPick {
  unitCode: string;
  unitName: string;
}

/**
 * The unit that will handle the report: suggested from the category and the place, changeable. The
 * other choices are the category's own unit and the unit found by name ("phường Phương Sài"). There
 * is no public list of units, so the search asks the same suggestion service with the typed name.
 */
export function UnitChoice({
  category,
  address,
  value,
  onChange,
  onEffective,
  error,
}: {
  category: Category | undefined;
  address: string;
  /** The unit the citizen picked; null = follow the suggestion. */
  value: string | null;
  onChange: (unitCode: string) => void;
  /** The unit shown as chosen (the pick, else the suggestion): what the form sends. */
  onEffective: (unitCode: string | undefined) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const [place] = useDebouncedValue(address.trim(), 400);
  const [search, setSearch] = useState('');
  const [name] = useDebouncedValue(search.trim(), 400);
  const suggested = useSuggestedUnit(category?.code ?? null, place);
  const found = useSuggestedUnit(name.length >= 3 ? (category?.code ?? null) : null, name);

  const candidates: (UnitPick & { note: string })[] = [];
  const add = (u: UnitPick | undefined, note: string) => {
    if (u && !candidates.some((c) => c.unitCode === u.unitCode)) candidates.push({ ...u, note });
  };
  add(suggested.data, t(place ? 'fb.unit.byPlace' : 'fb.unit.byCategory'));
  const own = category ? { unitCode: category.unitCode, unitName: category.unitName } : undefined;
  const foundUnit = name.length >= 3 && found.data?.unitCode !== own?.unitCode ? found.data : undefined;
  add(foundUnit, t('fb.unit.byName'));
  add(own, t('fb.unit.categoryUnit'));
  const selected = value && candidates.some((c) => c.unitCode === value) ? value : suggested.data?.unitCode;
  // While the suggestion for a new category or place is loading, send none: the server suggests.
  const effective = value === selected || !suggested.isPlaceholderData ? selected : undefined;
  useEffect(() => {
    onEffective(category ? effective : undefined);
  }, [category, effective, onEffective]);
  const notFound = name.length >= 3 && found.data && !foundUnit && !found.isFetching;

  if (!category) {
    return (
      <Text size="sm" role="note">
        {t('fb.unit.pickCategory')}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('fb.unit.label')}
        description={t('fb.unit.hint', { category: category.name })}
        value={selected ?? null}
        onChange={onChange}
        error={error}
      >
        <Stack gap="xs" mt={6}>
          {suggested.isPending ? (
            <Text size="sm" role="status">
              {t('app.loading')}
            </Text>
          ) : null}
          {candidates.map((c) => (
            <Radio key={c.unitCode} value={c.unitCode} size="md" label={c.unitName} description={c.note} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('fb.unit.search')}
        description={t('fb.unit.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maxLength={100}
        size="md"
        rightSection={found.isFetching ? <Loader size="xs" /> : null}
      />
      {notFound ? (
        <Text size="sm" role="status">
          {t('fb.unit.notFound', { name })}
        </Text>
      ) : null}
    </Stack>
  );
}
