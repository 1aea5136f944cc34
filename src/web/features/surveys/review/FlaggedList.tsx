import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { FlaggedResponse } from '../../../api/survey-types.ts';
import { CodeBadge, StatusBadge } from '../../../components/StatusBadge.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';

interface Props {
  responses: FlaggedResponse[];
  onExclude: (response: FlaggedResponse) => void;
  onInclude: (response: FlaggedResponse) => void;
  onRelease: (response: FlaggedResponse) => void;
  busyId: number | null;
}

/** Flagged responses: when, where, through which channel, why flagged, and whether left out. */
export function FlaggedList({ responses, onExclude, onInclude, onRelease, busyId }: Props) {
  const { t, dateTime } = useI18n();
  const isPhone = useIsPhone();
  const channel = (c: string) =>
    ['web', 'kiosk', 'paper', 'import'].includes(c) ? t(`channel.${c as 'web'}`) : c;
  const flags = (r: FlaggedResponse) => (
    <Group gap={4}>
      {r.flags.map((f) => (
        <CodeBadge key={f}>{f}</CodeBadge>
      ))}
    </Group>
  );
  const status = (r: FlaggedResponse) =>
    r.excluded ? (
      <div>
        <StatusBadge tone="bad">{t('review.excluded')}</StatusBadge>
        {r.excludedReason ? (
          <Text size="xs" mt={2}>
            {t('review.reason', { reason: r.excludedReason })}
          </Text>
        ) : null}
      </div>
    ) : r.held ? (
      <StatusBadge tone="warn">{t('review.held')}</StatusBadge>
    ) : (
      <StatusBadge tone="ok">{t('review.counted')}</StatusBadge>
    );
  const action = (r: FlaggedResponse) =>
    r.excluded ? (
      <Button
        size="xs"
        variant="default"
        onClick={() => onInclude(r)}
        loading={busyId === r.id}
        aria-label={t('review.includeLabel', { id: r.id })}
      >
        {t('review.include')}
      </Button>
    ) : (
      <Group gap="xs" wrap="nowrap">
        {r.held ? (
          <Button
            size="xs"
            variant="default"
            onClick={() => onRelease(r)}
            loading={busyId === r.id}
            aria-label={t('review.releaseLabel', { id: r.id })}
          >
            {t('review.release')}
          </Button>
        ) : null}
        <Button
          size="xs"
          variant="light"
          color="red.9"
          onClick={() => onExclude(r)}
          aria-label={t('review.excludeLabel', { id: r.id })}
        >
          {t('review.exclude')}
        </Button>
      </Group>
    );

  if (isPhone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {responses.map((r) => (
          <Card component="li" key={r.id} withBorder padding="sm">
            <Text fw={600}>
              {t('review.responseNo', { id: r.id })} · {r.unitName}
            </Text>
            <Text size="sm">
              {dateTime(r.submittedAt)} · {channel(r.channel)}
            </Text>
            <div style={{ margin: '6px 0' }}>{flags(r)}</div>
            {status(r)}
            <Group mt="sm">{action(r)}</Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{t('review.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.col.id')}</Table.Th>
            <Table.Th scope="col">{t('index.col.unit')}</Table.Th>
            <Table.Th scope="col">{t('review.col.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('review.col.channel')}</Table.Th>
            <Table.Th scope="col">{t('review.col.flags')}</Table.Th>
            <Table.Th scope="col">{t('review.col.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {responses.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={400}>
                {r.id}
              </Table.Th>
              <Table.Td>
                {r.unitName} <CodeBadge>{r.unit}</CodeBadge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(r.submittedAt)}</Table.Td>
              <Table.Td>{channel(r.channel)}</Table.Td>
              <Table.Td>{flags(r)}</Table.Td>
              <Table.Td>{status(r)}</Table.Td>
              <Table.Td>{action(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
