import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { DossierStatus, DueCell } from '../DueBadge.tsx';
import type { DossierSummary } from '../types.ts';

function CodeLink({ code }: { code: string }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/mot-cua/ho-so/$code" params={{ code }} />}
      fw={700}
      style={{ whiteSpace: 'nowrap' }}
    >
      {code}
    </Anchor>
  );
}

/** Dossiers: cards on a phone, a table otherwise; the code opens the dossier. */
export function DossierTable({ dossiers, caption }: { dossiers: DossierSummary[]; caption: string }) {
  const { t, dateTime } = useI18n();
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {dossiers.map((d) => (
          <Card component="li" key={d.code} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <CodeLink code={d.code} />
              <DossierStatus status={d.status} name={d.statusName} />
            </Group>
            <Text size="sm" mt={4}>
              {d.procedure}
            </Text>
            <Text size="sm" fw={600}>
              {d.applicantName}
            </Text>
            <Group justify="space-between" align="flex-end" mt={4}>
              <Text size="xs">
                {t('desk.col.received')}: {dateTime(d.receivedAt)}
              </Text>
              <DueCell dossier={d} />
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.col.code')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.procedure')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.applicant')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.status')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.received')}</Table.Th>
            <Table.Th scope="col">{t('desk.col.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossiers.map((d) => (
            <Table.Tr key={d.code}>
              <Table.Th scope="row" fw={400}>
                <CodeLink code={d.code} />
              </Table.Th>
              <Table.Td>{d.procedure}</Table.Td>
              <Table.Td>{d.applicantName}</Table.Td>
              <Table.Td>
                <DossierStatus status={d.status} name={d.statusName} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(d.receivedAt)}</Table.Td>
              <Table.Td>
                <DueCell dossier={d} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
