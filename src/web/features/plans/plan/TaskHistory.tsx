import { Anchor, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/index.tsx';
import { taskStatusLabel } from '../labels.ts';
import { evidenceUrl } from '../queries.ts';
import type { PlanTask } from '../types.ts';

/** The task's progress reports, newest first: who, when, %, status, comment, evidence. */
export function TaskHistory({ planId, task }: { planId: number; task: PlanTask }) {
  const { t, dateTime, number } = useI18n();
  const updates = [...task.updates].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('plans.progress.task', { position: task.position, task: task.task })}</Text>
      {updates.length === 0 ? (
        <Text>{t('plans.history.none')}</Text>
      ) : (
        <ol className="plain-list" aria-label={t('plans.history.label', { position: task.position })}>
          {updates.map((u) => (
            <li key={u.id}>
              <Text size="sm" fw={700}>
                {dateTime(u.at)} · {u.actor}
              </Text>
              {u.progress !== null || u.status ? (
                <Text size="sm">
                  {[
                    u.progress !== null ? t('plans.history.progress', { value: number(u.progress) }) : '',
                    u.status ? taskStatusLabel(t, u.status) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              ) : null}
              {u.comment ? <Text size="sm">{u.comment}</Text> : null}
              {u.link ? (
                <Text size="sm">
                  {t('plans.history.link')}{' '}
                  <Anchor href={u.link} target="_blank" rel="noopener noreferrer" className="token-value">
                    {u.link}
                  </Anchor>
                </Text>
              ) : null}
              {u.file ? (
                <Text size="sm">
                  {t('plans.history.file')}{' '}
                  <Anchor href={evidenceUrl(planId, task.id, u.id)} download>
                    {u.file.name}
                  </Anchor>{' '}
                  ({t('plans.history.size', { kb: number(Math.max(1, Math.round(u.file.size / 1024))) })})
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Stack>
  );
}
