import { Group, Table, Text } from '@mantine/core';
import { ItemTable } from '../../../components/ItemTable.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { FeedbackDueCell, FeedbackStatusBadge } from '../Badges.tsx';
import { channelLabel } from '../labels.ts';
import type { FeedbackSummary } from '../types.ts';

/** The first words of a description, for a list row. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Feedback items: cards on a phone, a table otherwise; the code opens the item. */
export function FeedbackTable({ items, caption }: { items: FeedbackSummary[]; caption: string }) {
  const { t, dateTime } = useI18n();
  return (
    <ItemTable
      items={items}
      caption={caption}
      to="/phan-anh-xu-ly/$code"
      minWidth={960}
      columns={[
        t('fb.col.code'),
        t('fb.col.category'),
        t('fb.col.description'),
        t('fb.col.unit'),
        t('fb.col.status'),
        t('fb.col.received'),
        t('fb.col.deadline'),
      ]}
      badge={(f) => <FeedbackStatusBadge status={f.status} name={f.statusName} />}
      card={(f) => (
        <>
          <Text size="sm" fw={600} mt={4}>
            {f.categoryName}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {excerpt(f.description)}
          </Text>
          <Text size="xs" mt={4}>
            {t('fb.col.received')}: {dateTime(f.receivedAt)} · {channelLabel(t, f.channel)} · {f.unitCode}
          </Text>
          <Group justify="flex-end" mt={4}>
            <FeedbackDueCell item={f} />
          </Group>
        </>
      )}
      cells={(f) => (
        <>
          <Table.Td>
            <Text size="sm" maw={180}>
              {f.categoryName}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" miw={240} style={{ overflowWrap: 'anywhere' }}>
              {excerpt(f.description)}
            </Text>
          </Table.Td>
          <Table.Td>{f.unitCode}</Table.Td>
          <Table.Td style={{ minWidth: 120 }}>
            <FeedbackStatusBadge status={f.status} name={f.statusName} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {dateTime(f.receivedAt)}
            <Text size="xs">{channelLabel(t, f.channel)}</Text>
          </Table.Td>
          <Table.Td>
            <FeedbackDueCell item={f} />
          </Table.Td>
        </>
      )}
    />
  );
}
