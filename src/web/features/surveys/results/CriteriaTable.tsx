import { Card, Stack, Table, Text } from '@mantine/core';
import type { CriterionIndex } from '../../../api/survey-types.ts';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useT } from '../../../i18n/index.tsx';
import { ChangeText } from './ChangeText.tsx';
import { useIndexFormat } from './format.ts';
import { GapText } from './GapText.tsx';
import { IntervalBar } from './IntervalBar.tsx';

/**
 * The criteria of one unit in words: the figures the chart draws, readable by everyone. A table
 * on wider screens, one card per criterion on a phone.
 */
export function CriteriaTable({ criteria, caption }: { criteria: CriterionIndex[]; caption: string }) {
  const t = useT();
  const { pct } = useIndexFormat();
  const isPhone = useIsPhone();
  const withChange = criteria.some((c) => c.change !== undefined);
  if (isPhone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={caption} style={{ listStyle: 'none' }}>
        {criteria.map((c) => (
          <Card component="li" key={c.code} withBorder padding="sm">
            <Text fw={600}>
              {c.code}. {c.title}
            </Text>
            <Text fw={800} size="xl" className="index-value">
              {pct(c.index)}
            </Text>
            <IntervalBar index={c.index} ciLow={c.ciLow} ciHigh={c.ciHigh} target={c.target} gap={c.gap} />
            <dl className="kv">
              <dt>{t('index.col.interval')}</dt>
              <dd>
                {c.ciLow != null && c.ciHigh != null ? `${pct(c.ciLow)} – ${pct(c.ciHigh)}` : t('index.na')}
              </dd>
              <dt>{t('index.col.target')}</dt>
              <dd>
                {c.target == null ? t('index.noTarget') : pct(c.target)} <GapText gap={c.gap} />
              </dd>
              {withChange ? (
                <>
                  <dt>{t('index.col.change')}</dt>
                  <dd>
                    <ChangeText change={c.change} />
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('index.col.criterion')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('index.col.index')}
            </Table.Th>
            <Table.Th scope="col">{t('index.col.interval')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('index.col.target')}
            </Table.Th>
            <Table.Th scope="col">{t('index.col.gap')}</Table.Th>
            {withChange ? <Table.Th scope="col">{t('index.col.change')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Th scope="row" fw={500}>
                {c.code}. {c.title}
              </Table.Th>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {pct(c.index)}
              </Table.Td>
              <Table.Td style={{ minWidth: 150 }}>
                <IntervalBar
                  index={c.index}
                  ciLow={c.ciLow}
                  ciHigh={c.ciHigh}
                  target={c.target}
                  gap={c.gap}
                />
                {c.ciLow != null && c.ciHigh != null ? (
                  <span className="interval-text">
                    {pct(c.ciLow)} – {pct(c.ciHigh)}
                  </span>
                ) : null}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {c.target == null ? t('index.noTarget') : pct(c.target)}
              </Table.Td>
              <Table.Td>
                <GapText gap={c.gap} />
              </Table.Td>
              {withChange ? (
                <Table.Td>
                  <ChangeText change={c.change} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
