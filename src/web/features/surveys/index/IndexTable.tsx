import { Group, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { UnitIndex } from '../../../api/survey-types.ts';
import { PrintButton } from '../../../components/PrintButton.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { isBelowTarget, useIndexFormat } from '../results/format.ts';
import { LeftOutNote } from '../results/LeftOutNote.tsx';
import { groupByPeer, usePeerGroupLabel } from '../results/peerGroups.ts';

/**
 * Units by peer group, then rank: responses, each criterion, the overall index and the rank.
 * A figure under its target is red *and* marked ▼ with the words for screen readers.
 */
export function IndexTable({ units, onOpen }: { units: UnitIndex[]; onOpen: (code: string) => void }) {
  const { t, number } = useI18n();
  const { pct } = useIndexFormat();
  const peerLabel = usePeerGroupLabel();
  const criteria = units[0]?.criteria ?? [];
  const columns = criteria.length + 4;

  const cell = (index: number | null, gap: number | null, strong = false) => {
    const below = isBelowTarget(gap);
    return (
      <Table.Td
        ta="right"
        fw={strong ? 700 : undefined}
        c={below ? 'red.9' : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {below ? <span aria-hidden="true">▼ </span> : null}
        {pct(index)}
        {below ? <span className="visually-hidden"> ({t('index.belowTargetShort')})</span> : null}
      </Table.Td>
    );
  };

  return (
    <>
      <Group justify="flex-end" gap="sm">
        <PrintButton />
      </Group>
      <Table.ScrollContainer minWidth={320 + criteria.length * 80}>
        <Table withTableBorder striped highlightOnHover verticalSpacing="xs">
          <caption className="visually-hidden">{t('index.tableCaption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('index.col.unit')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('index.col.responses')}
              </Table.Th>
              {criteria.map((c) => (
                <Table.Th key={c.code} scope="col" ta="right">
                  <abbr title={c.title}>{c.code}</abbr>
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('index.col.overall')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('index.col.rank')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groupByPeer(units).map((group) => (
              <Fragment key={group.peerGroup ?? '-'}>
                <Table.Tr>
                  <Table.Th scope="colgroup" colSpan={columns} bg="gray.1">
                    {t('index.peerGroup', { group: peerLabel(group.peerGroup) })}
                  </Table.Th>
                </Table.Tr>
                {group.units.map((u) => (
                  <Table.Tr key={u.unit}>
                    <Table.Th scope="row" fw={400}>
                      <button type="button" className="link-button" onClick={() => onOpen(u.unit)}>
                        {u.name ?? u.unit}
                      </button>
                      {u.lowSample ? (
                        <>
                          {' '}
                          <StatusBadge tone="warn">{t('index.lowSample')}</StatusBadge>
                        </>
                      ) : null}
                    </Table.Th>
                    <Table.Td ta="right">{number(u.responses)}</Table.Td>
                    {criteria.map((c, i) => {
                      const k = u.criteria[i];
                      return <Fragment key={c.code}>{cell(k?.index ?? null, k?.gap ?? null)}</Fragment>;
                    })}
                    {cell(u.overall.index, u.overall.gap, true)}
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {u.rank == null ? '—' : `${u.rank}/${u.rankOf}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LeftOutNote units={units} />
      <Text size="sm" mt="xs">
        <span aria-hidden="true">▼ </span>
        {t('index.legend.below')} · {t('index.legend.lowSample')}
      </Text>
      <Text size="sm" component="div" mt={4}>
        <dl className="kv">
          {criteria.map((c) => (
            <Fragment key={c.code}>
              <dt>{c.code}</dt>
              <dd>{c.title}</dd>
            </Fragment>
          ))}
        </dl>
      </Text>
    </>
  );
}
