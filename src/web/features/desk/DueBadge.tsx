import { Stack, Text } from '@mantine/core';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type DueState, dueState } from './due.ts';
import { statusLabel } from './labels.ts';

const TONE = { overdue: 'bad', soon: 'warn', ok: 'ok', paused: 'info', closed: 'neutral' } as const;

interface Due {
  status: number;
  dueAt: string;
  remainingWorkingDays: number | null;
}

/** "Quá hạn" / "Sắp đến hạn" / "Trong hạn" / "Tạm dừng" as a badge; nothing for a closed dossier. */
export function DueBadge({ dossier }: { dossier: Due }) {
  const { t } = useI18n();
  const state = dueState(dossier);
  if (state === 'closed') return null;
  const word: Record<Exclude<DueState, 'closed'>, string> = {
    overdue: t('desk.due.overdue'),
    soon: t('desk.due.soon'),
    ok: t('desk.due.ok'),
    paused: t('desk.due.paused'),
  };
  return <StatusBadge tone={TONE[state]}>{word[state]}</StatusBadge>;
}

/** The working days left, in words ("Còn 3 ngày làm việc", "Quá 2 ngày làm việc"). */
export function remainingText(
  t: ReturnType<typeof useI18n>['t'],
  dossier: Due,
  number: (n: number) => string,
): string {
  const state = dueState(dossier);
  const days = dossier.remainingWorkingDays;
  if (state === 'paused') return t('desk.due.waiting');
  if (state === 'closed' || days === null) return '';
  if (days < 0) return t('desk.due.lateBy', { days: number(-days) });
  if (state === 'overdue') return t('desk.due.overdue');
  if (days === 0) return t('desk.due.today');
  return t('desk.due.left', { days: number(days) });
}

/** A table cell: the due moment, then the badge and the days left. */
export function DueCell({ dossier }: { dossier: Due }) {
  const { t, dateTime, number } = useI18n();
  const rest = remainingText(t, dossier, number);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {dateTime(dossier.dueAt)}
      </Text>
      <DueBadge dossier={dossier} />
      {rest && rest !== t('desk.due.overdue') ? <Text size="xs">{rest}</Text> : null}
    </Stack>
  );
}

const STATUS_TONE: Record<number, 'ok' | 'bad' | 'warn' | 'info' | 'neutral'> = {
  1: 'neutral',
  2: 'info',
  3: 'neutral',
  4: 'info',
  5: 'warn',
  6: 'warn',
  7: 'neutral',
  8: 'neutral',
  9: 'ok',
  10: 'ok',
};

/** The national status, in words, on a tint (the words carry the meaning). */
export function DossierStatus({ status, name }: { status: number; name?: string }) {
  const { t } = useI18n();
  return (
    <span className="badge-wrap">
      <StatusBadge tone={STATUS_TONE[status] ?? 'neutral'}>{statusLabel(t, status, name)}</StatusBadge>
    </span>
  );
}
