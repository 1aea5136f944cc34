import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { posterUrl } from '../../../api/survey-queries.ts';
import type { WaveUnitProgress } from '../../../api/survey-types.ts';
import { CodeBadge } from '../../../components/StatusBadge.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { SURVEY_ROLES } from '../../../nav.ts';
import { useHasRole } from '../useRole.ts';
import { CollectedBar } from '../waves/CollectedBar.tsx';
import { UnitPaperLink } from './PaperPrint.tsx';

/** Per unit: collected against target, excluded and flagged responses, what is still needed. */
export function ProgressTable({ units, waveCode }: { units: WaveUnitProgress[]; waveCode: string }) {
  const { t, number } = useI18n();
  const isPhone = useIsPhone();
  const canKiosk = useHasRole(SURVEY_ROLES.kiosk);
  const bar = (u: WaveUnitProgress) => (
    <CollectedBar
      collected={u.collected}
      target={u.target}
      label={t('progress.unitLabel', { unit: u.name })}
    />
  );
  const links = (u: WaveUnitProgress) => (
    <Group gap="sm" wrap="wrap">
      <Anchor
        href={posterUrl(u.unit)}
        target="_blank"
        rel="noopener"
        size="sm"
        aria-label={t('progress.posterLabel', { unit: u.name })}
      >
        {t('progress.poster')}
      </Anchor>
      <UnitPaperLink waveCode={waveCode} unit={u} />
      {canKiosk ? (
        <Anchor
          renderRoot={(props) => <Link {...props} to="/quay/$unitCode" params={{ unitCode: u.unit }} />}
          size="sm"
          aria-label={t('progress.kioskLabel', { unit: u.name })}
        >
          {t('progress.kiosk')}
        </Anchor>
      ) : null}
    </Group>
  );
  const counts = (u: WaveUnitProgress) =>
    t('progress.counts', {
      excluded: number(u.excluded),
      flagged: number(u.flagged),
      needed: number(u.neededForInterval),
    });

  if (isPhone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {units.map((u) => (
          <Card component="li" key={u.unit} withBorder padding="sm">
            <Group gap="xs" mb={4}>
              <Text fw={600}>{u.name}</Text>
              <CodeBadge>{u.unit}</CodeBadge>
            </Group>
            {bar(u)}
            <Text size="sm" mt={4}>
              {counts(u)} · {t('progress.col.held')}: {number(u.held)}
            </Text>
            <div style={{ marginTop: 6 }}>{links(u)}</div>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{t('progress.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('index.col.unit')}</Table.Th>
            <Table.Th scope="col" w={220}>
              {t('progress.col.collected')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.col.held')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.col.excluded')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.col.flagged')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.col.needed')}
            </Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.unit}>
              <Table.Th scope="row" fw={400}>
                {u.name} <CodeBadge>{u.unit}</CodeBadge>
              </Table.Th>
              <Table.Td>{bar(u)}</Table.Td>
              <Table.Td ta="right">{number(u.held)}</Table.Td>
              <Table.Td ta="right">{number(u.excluded)}</Table.Td>
              <Table.Td ta="right">{number(u.flagged)}</Table.Td>
              <Table.Td ta="right">{number(u.neededForInterval)}</Table.Td>
              <Table.Td>{links(u)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
