import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FeedbackDueCell, FeedbackStatusBadge } from '../Badges.tsx';
import { channelLabel } from '../labels.ts';
import type { FeedbackSummary } from '../types.ts';

function CodeLink({ code }: { code: string }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/phan-anh-xu-ly/$code" params={{ code }} />}
      fw={700}
      style={{ whiteSpace: 'nowrap' }}
    >
      {code}
    </Anchor>
  );
}

/** The first words of a description, for a list row. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Feedback items: cards on a phone, a table otherwise; the code opens the item. */
export function FeedbackTable({ items, caption }: { items: FeedbackSummary[]; caption: string }) {
  const { t, dateTime } = useI18n();
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {items.map((f) => (
          <Card component="li" key={f.code} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <CodeLink code={f.code} />
              <FeedbackStatusBadge status={f.status} name={f.statusName} />
            </Group>
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
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fb.col.code')}</Table.Th>
            <Table.Th scope="col">{t('fb.col.category')}</Table.Th>
            <Table.Th scope="col">{t('fb.col.description')}</Table.Th>
            <Table.Th scope="col">{t('fb.col.unit')}</Table.Th>
            <Table.Th scope="col">{t('fb.col.status')}</Table.Th>
            <Table.Th scope="col">{t('fb.col.received')}</Table.Th>
            <Table.Th scope="col">{t('fb.col.deadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.code}>
              <Table.Th scope="row" fw={400}>
                <CodeLink code={f.code} />
              </Table.Th>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
