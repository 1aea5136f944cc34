import { Table, Text, Title } from '@mantine/core';
import type { UnitIndex } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { useIndexFormat } from './format.ts';

type HistoryEntry = NonNullable<UnitIndex['history']>[number];

/**
 * A unit's overall index over the table's period and the ones before it. Before the unit existed
 * (a merger on 1/7/2025) the row is its predecessors' responses pooled, labelled "Trước sắp xếp
 * (gộp từ: …)" and never ranked. Shown only when there is more than this period to see.
 */
export function HistoryTable({ unit, headingLevel }: { unit: UnitIndex; headingLevel: 2 | 3 }) {
  const { t, number } = useI18n();
  const { pct } = useIndexFormat();
  const history = unit.history ?? [];
  const pooled = history.some((h) => h.source === 'predecessors');
  if (history.length < 2 && !pooled) return null;
  const source = (h: HistoryEntry) =>
    h.source === 'own'
      ? t('index.history.own')
      : t('index.history.before', {
          names: h.predecessors
            .map((p) => (p.partial ? t('index.history.partial', { name: p.name }) : p.name))
            .join(', '),
        });
  return (
    <section aria-labelledby={`history-${unit.unit}`}>
      <Title order={headingLevel} size="h3" mb="xs" id={`history-${unit.unit}`}>
        {t('index.history.title')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder striped verticalSpacing="xs" data-testid="unit-history">
          <caption className="visually-hidden">
            {t('index.history.caption', { unit: unit.name ?? unit.unit })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('index.history.period')}</Table.Th>
              <Table.Th scope="col">{t('index.col.index')}</Table.Th>
              <Table.Th scope="col">{t('index.col.responses')}</Table.Th>
              <Table.Th scope="col">{t('index.col.rank')}</Table.Th>
              <Table.Th scope="col">{t('index.history.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={`${h.period}-${h.source}`}>
                <Table.Th scope="row">{h.period}</Table.Th>
                <Table.Td>{pct(h.index)}</Table.Td>
                <Table.Td>{number(h.n)}</Table.Td>
                <Table.Td>{h.rank == null ? t('index.na') : `${h.rank}/${unit.rankOf}`}</Table.Td>
                <Table.Td>{source(h)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pooled ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('index.history.note')}
        </Text>
      ) : null}
    </section>
  );
}
