import { Stack, Text } from '@mantine/core';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { type Translate, useI18n } from '../../i18n/index.tsx';
import { feedbackDueState } from './due.ts';
import { deadlineLabel, statusLabel } from './labels.ts';
import type { FeedbackStatus, FeedbackSummary } from './types.ts';

type Due = Pick<FeedbackSummary, 'status' | 'deadline' | 'remainingWorkingDays' | 'overdue'>;

const STATUS_TONE: Record<FeedbackStatus, 'ok' | 'bad' | 'warn' | 'info' | 'neutral'> = {
  cho_tiep_nhan: 'info',
  da_chuyen: 'info',
  cho_bo_sung: 'warn',
  dang_xu_ly: 'info',
  cho_duyet: 'warn',
  da_tra_loi: 'ok',
  da_cong_khai: 'ok',
  tu_choi: 'neutral',
};

/** The canonical state, in words, on a tint (the words carry the meaning). */
export function FeedbackStatusBadge({ status, name }: { status: FeedbackStatus; name?: string }) {
  const { t } = useI18n();
  return (
    <span className="badge-wrap">
      <StatusBadge tone={STATUS_TONE[status] ?? 'neutral'}>{statusLabel(t, status, name)}</StatusBadge>
    </span>
  );
}

const DUE_TONE = { overdue: 'bad', soon: 'warn', ok: 'ok', waiting: 'info' } as const;

/** "Quá hạn" / "Sắp đến hạn" / "Trong hạn" / "Chờ bổ sung"; nothing when the clock does not run. */
export function FeedbackDueBadge({ item }: { item: Due }) {
  const { t } = useI18n();
  const state = feedbackDueState(item);
  if (state === 'none') return null;
  const word = {
    overdue: t('fb.due.overdue'),
    soon: t('fb.due.soon'),
    ok: t('fb.due.ok'),
    waiting: t('fb.due.waiting'),
  };
  return <StatusBadge tone={DUE_TONE[state]}>{word[state]}</StatusBadge>;
}

/** The working days left, in words ("Còn 3 ngày làm việc", "Quá 2 ngày làm việc"). */
export function feedbackRemainingText(t: Translate, item: Due, number: (n: number) => string): string {
  const state = feedbackDueState(item);
  const days = item.remainingWorkingDays;
  if (state === 'waiting') return t('fb.due.waitingHint');
  if (state === 'none' || days === null) return '';
  if (days < 0) return t('fb.due.lateBy', { days: number(-days) });
  if (state === 'overdue') return '';
  if (days === 0) return t('fb.due.today');
  return t('fb.due.left', { days: number(days) });
}

/** A table cell: what the deadline is for, when, then the badge and the days left. */
export function FeedbackDueCell({ item }: { item: Due }) {
  const { t, dateTime, number } = useI18n();
  const rest = feedbackRemainingText(t, item, number);
  if (!item.deadline) {
    return item.status === 'cho_bo_sung' ? <FeedbackDueBadge item={item} /> : <Text size="sm">—</Text>;
  }
  return (
    <Stack gap={2} align="flex-start">
      <Text size="xs">{deadlineLabel(t, item.deadline.kind, item.deadline.name)}</Text>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {dateTime(item.deadline.at)}
      </Text>
      <FeedbackDueBadge item={item} />
      {rest ? <Text size="xs">{rest}</Text> : null}
    </Stack>
  );
}
