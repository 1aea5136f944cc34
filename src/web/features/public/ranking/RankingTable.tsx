import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { UnitIndex } from '../../../api/survey-types.ts';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { useIndexFormat } from '../../surveys/results/format.ts';
import { GapText } from '../../surveys/results/GapText.tsx';

/**
 * One peer group's ranking: rank, unit (to its page), overall index, responses and distance to
 * the target. A list of cards on a phone, a table on wider screens.
 */
export function RankingTable({
  id,
  units,
  caption,
  linkUnits = true,
}: {
  id: number;
  units: UnitIndex[];
  caption: string;
  /** False in a staff preview: a draft has no public unit pages yet. */
  linkUnits?: boolean;
}) {
  const { t, number } = useI18n();
  const { pct } = useIndexFormat();
  const isPhone = useIsPhone();
  const rank = (u: UnitIndex) => (u.rank == null ? '—' : `${u.rank}/${u.rankOf}`);
  const link = (u: UnitIndex) =>
    linkUnits ? (
      <Anchor
        renderRoot={(props) => (
          <Link {...props} to="/chi-so/$id/$unitCode" params={{ id: String(id), unitCode: u.unit }} />
        )}
        fw={600}
        className="tap-link"
      >
        {u.name ?? u.unit}
      </Anchor>
    ) : (
      <Text fw={600}>{u.name ?? u.unit}</Text>
    );
  const lowSample = (u: UnitIndex) =>
    u.lowSample ? <StatusBadge tone="warn">{t('index.lowSample')}</StatusBadge> : null;

  if (isPhone) {
    return (
      <Stack component="ol" gap="xs" p={0} m={0} aria-label={caption} style={{ listStyle: 'none' }}>
        {units.map((u) => (
          <Card component="li" key={u.unit} withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" c="dimmed">
                  {t('index.rankShort', { rank: rank(u) })}
                </Text>
                {link(u)}
              </div>
              <Text fw={800} size="xl" className="index-value">
                {pct(u.overall.index)}
              </Text>
            </Group>
            <Group gap="xs" mt={4}>
              <Text size="sm">{t('index.responsesCount', { count: number(u.responses) })}</Text>
              <GapText gap={u.overall.gap} />
              {lowSample(u)}
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table withTableBorder striped highlightOnHover verticalSpacing="xs">
      <caption className="visually-hidden">{caption}</caption>
      <TableHead
        columns={[
          t('index.col.rank'),
          t('index.col.unit'),
          { label: t('index.col.overall'), right: true },
          { label: t('index.col.responses'), right: true },
          t('index.col.gap'),
        ]}
      />
      <Table.Tbody>
        {units.map((u) => (
          <Table.Tr key={u.unit}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{rank(u)}</Table.Td>
            <Table.Th scope="row" fw={400}>
              <Group gap="xs">
                {link(u)}
                {lowSample(u)}
              </Group>
            </Table.Th>
            <Table.Td ta="right" fw={700} className="index-value">
              {pct(u.overall.index)}
            </Table.Td>
            <Table.Td ta="right">{number(u.responses)}</Table.Td>
            <Table.Td>
              <GapText gap={u.overall.gap} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
