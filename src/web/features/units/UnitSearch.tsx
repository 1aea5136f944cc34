import { Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useUnitSearch } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { CodeBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useTypeLabel } from './hooks.ts';

/**
 * Search by name or code, diacritics optional (the server folds both sides). Results name their
 * ancestors, so two "UBND xã Vĩnh Thạnh" of different districts can be told apart.
 */
export function UnitSearch({ onOpen }: { onOpen: (code: string) => void }) {
  const { t, date } = useI18n();
  const typeLabel = useTypeLabel();
  const [input, setInput] = useState('');
  const [debounced] = useDebouncedValue(input.trim(), 300);
  const search = useUnitSearch(debounced);
  const hits = debounced && search.data ? search.data.units : [];
  const waiting = input.trim() !== debounced || search.isFetching;

  let status = '';
  if (debounced && !waiting && search.isSuccess) {
    status = hits.length
      ? t('units.search.found', { count: hits.length })
      : t('units.search.none', { q: debounced });
  } else if (debounced && waiting) {
    status = t('units.search.searching');
  }

  return (
    <section aria-labelledby="unit-search-heading">
      <Text component="h2" id="unit-search-heading" fw={700} size="lg" mb="xs">
        {t('units.search.heading')}
      </Text>
      <TextInput
        type="search"
        label={t('units.search.label')}
        description={t('units.search.description')}
        placeholder={t('units.search.placeholder')}
        value={input}
        onChange={(e) => setInput(e.currentTarget.value)}
        rightSection={waiting && debounced ? <Loader size="xs" /> : null}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
      />
      <Text role="status" aria-live="polite" size="sm" mt="xs" c={hits.length ? undefined : 'dimmed'}>
        {status}
      </Text>
      {debounced ? <ErrorAlert error={search.error} /> : null}
      {hits.length > 0 ? (
        <Stack
          component="ul"
          gap={6}
          mt="xs"
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('units.search.results')}
        >
          {hits.map((hit) => (
            <li key={hit.code}>
              <button type="button" className="result-button" onClick={() => onOpen(hit.code)}>
                <Group gap="xs" wrap="wrap">
                  <Text span fw={600}>
                    {hit.name}
                  </Text>
                  <CodeBadge>{hit.code}</CodeBadge>
                  {hit.validTo ? (
                    <StatusBadge tone="bad">{t('units.closedOn', { date: date(hit.validTo) })}</StatusBadge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {typeLabel(hit.type)}
                  {hit.ancestors.length ? ` · ${hit.ancestors.join(' › ')}` : ''}
                </Text>
              </button>
            </li>
          ))}
        </Stack>
      ) : null}
    </section>
  );
}
