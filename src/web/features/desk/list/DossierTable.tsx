import { Group, Table, Text } from '@mantine/core';
import { ItemTable } from '../../../components/ItemTable.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DossierStatus, DueCell } from '../DueBadge.tsx';
import type { DossierSummary } from '../types.ts';

/** Dossiers: cards on a phone, a table otherwise; the code opens the dossier. */
export function DossierTable({ dossiers, caption }: { dossiers: DossierSummary[]; caption: string }) {
  const { t, dateTime } = useI18n();
  return (
    <ItemTable
      items={dossiers}
      caption={caption}
      to="/mot-cua/ho-so/$code"
      minWidth={860}
      columns={[
        t('desk.col.code'),
        t('desk.col.procedure'),
        t('desk.col.applicant'),
        t('desk.col.status'),
        t('desk.col.received'),
        t('desk.col.due'),
      ]}
      badge={(d) => <DossierStatus status={d.status} name={d.statusName} />}
      card={(d) => (
        <>
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
        </>
      )}
      cells={(d) => (
        <>
          <Table.Td>{d.procedure}</Table.Td>
          <Table.Td>{d.applicantName}</Table.Td>
          <Table.Td>
            <DossierStatus status={d.status} name={d.statusName} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(d.receivedAt)}</Table.Td>
          <Table.Td>
            <DueCell dossier={d} />
          </Table.Td>
        </>
      )}
    />
  );
}
