import { Button, Table, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/index.tsx';
import type { Handover } from '../types.ts';

/** Mẫu 05's lines: who gave the dossier to whom, when, and whether it was received. */
export function HandoverTable({
  handovers,
  onReceive,
}: {
  handovers: Handover[];
  /** Shown on rows not yet received, for those who may act. */
  onReceive?: ((handover: Handover) => void) | undefined;
}) {
  const { t, dateTime } = useI18n();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{t('desk.handover.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.handover.col.from')}</Table.Th>
            <Table.Th scope="col">{t('desk.handover.col.to')}</Table.Th>
            <Table.Th scope="col">{t('desk.handover.col.given')}</Table.Th>
            <Table.Th scope="col">{t('desk.handover.col.due')}</Table.Th>
            <Table.Th scope="col">{t('desk.handover.col.received')}</Table.Th>
            <Table.Th scope="col">{t('desk.handover.col.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {handovers.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{h.fromAgency}</Table.Td>
              <Table.Th scope="row" fw={600}>
                {h.toAgency}
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {dateTime(h.givenAt)}
                </Text>
                <Text size="xs">{t('desk.handover.receivedBy', { by: h.givenBy })}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{h.dueAt ? dateTime(h.dueAt) : '—'}</Table.Td>
              <Table.Td>
                {h.receivedAt ? (
                  <>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {dateTime(h.receivedAt)}
                    </Text>
                    {h.receivedBy ? (
                      <Text size="xs">{t('desk.handover.receivedBy', { by: h.receivedBy })}</Text>
                    ) : null}
                  </>
                ) : onReceive ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onReceive(h)}
                    aria-label={t('desk.action.receiveHandoverOf', { agency: h.toAgency })}
                  >
                    {t('desk.action.receiveHandover')}
                  </Button>
                ) : (
                  <Text size="sm">{t('desk.handover.pending')}</Text>
                )}
              </Table.Td>
              <Table.Td>{h.result ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
