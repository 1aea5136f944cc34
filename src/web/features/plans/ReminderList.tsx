import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/index.tsx';
import type { Reminder, Reminders, TaskReminder } from './types.ts';

/** A reminder in the reader's language: the server's Vietnamese words, or the same in English. */
export function useReminderText() {
  const { lang, t, date, number } = useI18n();
  return (r: TaskReminder | Reminder): string => {
    if (lang === 'vi') return r.message;
    if (r.kind === 'overdue' && r.deadline && r.daysLate != null)
      return t('plans.reminder.overdue', { days: number(r.daysLate), date: date(r.deadline) });
    if (r.kind === 'recurring' && r.dueBy)
      return t('plans.reminder.recurring', { period: r.periodLabel ?? '', date: date(r.dueBy) });
    return r.message;
  };
}

/** Overdue tasks and recurring tasks without an update, of the issued plans (listed, not sent). */
export function ReminderList({ data }: { data: Reminders }) {
  const { t, date, number } = useI18n();
  const text = useReminderText();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('plans.reminders.delivery')}</Text>
      {data.reminders.length === 0 ? (
        <Text role="status">{t('plans.reminders.none', { date: date(data.today) })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder striped verticalSpacing="xs">
            <caption className="visually-hidden">{t('plans.reminders')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.col.unit')}</Table.Th>
                <Table.Th scope="col">{t('plans.col.task')}</Table.Th>
                <Table.Th scope="col">{t('plans.col.due')}</Table.Th>
                <Table.Th scope="col">{t('plans.col.reminder')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('plans.col.progress')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.reminders.map((r) => (
                <Table.Tr key={`${r.planId}-${r.taskId}`}>
                  <Table.Td>{r.unitName}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/ke-hoach/$id" params={{ id: String(r.planId) }} />
                      )}
                    >
                      {t('plans.reminder.task', { position: r.position, task: r.task })}
                    </Anchor>
                    <Text size="xs">{r.responsible}</Text>
                  </Table.Th>
                  <Table.Td>{r.dueLabel}</Table.Td>
                  <Table.Td>
                    <Text span size="sm" fw={600} c={r.kind === 'overdue' ? 'red.9' : undefined}>
                      {r.kind === 'overdue' ? <span aria-hidden="true">▲ </span> : null}
                      {text(r)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{number(r.progress)}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
