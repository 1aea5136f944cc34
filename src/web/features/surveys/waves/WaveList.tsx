import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Wave } from '../../../api/survey-types.ts';
import { CodeBadge } from '../../../components/StatusBadge.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { CollectedBar } from './CollectedBar.tsx';
import { WaveStatus } from './WaveStatus.tsx';

/** The survey waves: cards on a phone, a table otherwise; each opens its live progress. */
export function WaveList({ waves }: { waves: Wave[] }) {
  const { t, date, number } = useI18n();
  const isPhone = useIsPhone();
  const link = (wave: Wave) => (
    <Anchor
      renderRoot={(props) => (
        <Link {...props} to="/khao-sat/dot/$waveCode" params={{ waveCode: wave.code }} />
      )}
      fw={600}
    >
      {wave.title}
    </Anchor>
  );
  const questionnaire = (wave: Wave) =>
    t('waves.questionnaireVersion', { code: wave.questionnaire.code, version: wave.questionnaire.version });
  const dates = (wave: Wave) => `${date(wave.opensOn)} – ${date(wave.closesOn)}`;
  const bar = (wave: Wave) => (
    <CollectedBar
      collected={wave.collected}
      target={wave.target}
      label={t('waves.progressOf', { wave: wave.title })}
    />
  );

  if (isPhone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {waves.map((wave) => (
          <Card component="li" key={wave.code} withBorder padding="sm">
            <Title order={2} size="h5">
              {link(wave)}
            </Title>
            <Group gap="xs" mt={4}>
              <CodeBadge>{wave.code}</CodeBadge>
              <WaveStatus wave={wave} />
            </Group>
            <Text size="sm" mt={4}>
              {questionnaire(wave)} · {t('waves.period', { period: wave.period })}
            </Text>
            <Text size="sm">{dates(wave)}</Text>
            <Text size="sm" c="dimmed" mb="xs">
              {wave.ownerUnit.name} · {t('waves.unitCount', { count: number(wave.unitCount) })}
            </Text>
            {bar(wave)}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{t('waves.listCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('waves.col.wave')}</Table.Th>
            <Table.Th scope="col">{t('waves.col.questionnaire')}</Table.Th>
            <Table.Th scope="col">{t('waves.col.period')}</Table.Th>
            <Table.Th scope="col">{t('waves.col.dates')}</Table.Th>
            <Table.Th scope="col">{t('waves.col.owner')}</Table.Th>
            <Table.Th scope="col" w={200}>
              {t('waves.col.progress')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {waves.map((wave) => (
            <Table.Tr key={wave.code}>
              <Table.Th scope="row" fw={400}>
                {link(wave)}
                <Group gap={4} mt={2}>
                  <CodeBadge>{wave.code}</CodeBadge>
                  <WaveStatus wave={wave} />
                </Group>
              </Table.Th>
              <Table.Td>{questionnaire(wave)}</Table.Td>
              <Table.Td>{wave.period}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dates(wave)}</Table.Td>
              <Table.Td>
                {wave.ownerUnit.name}
                <Text size="xs" c="dimmed">
                  {t('waves.unitCount', { count: number(wave.unitCount) })}
                </Text>
              </Table.Td>
              <Table.Td>{bar(wave)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
