import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { SuccessMessage } from '../../components/Status.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { hasRole, PLAN_ROLES } from '../../nav.ts';
import { PlanStatusBadge, TaskStatusBadge } from './Badges.tsx';
import { taskStatusLabel } from './labels.ts';
import { ProgressForm } from './plan/ProgressForm.tsx';
import { useMyTasks } from './queries.ts';
import type { MyTask } from './types.ts';

/**
 * "Nhiệm vụ của tôi": the plan tasks the signed-in user is named on, with their progress reported
 * here (the officer may not otherwise manage plans, nor open the plans pages). Nothing when none.
 */
export function MyTasks() {
  const { t, number, date } = useI18n();
  const isPhone = useIsPhone();
  const role = useSession().data?.user.role;
  const canRead = hasRole(role, PLAN_ROLES.read);
  const mine = useMyTasks();
  const [reporting, setReporting] = useState<MyTask | null>(null);
  const [message, setMessage] = useState('');
  const tasks = mine.data?.tasks ?? [];
  if (tasks.length === 0 && !mine.error) return null;

  return (
    <section aria-labelledby="my-tasks">
      <Title order={2} size="h3" id="my-tasks" mb="xs">
        {t('plans.mine.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('plans.mine.intro')}
      </Text>
      <ErrorAlert error={mine.error} />
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {tasks.map((x) => (
          <Paper component="li" withBorder p="sm" key={x.taskId}>
            <Text fw={700}>
              {x.position}. {x.task}
            </Text>
            <Text size="sm">
              {canRead ? (
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/ke-hoach/$id" params={{ id: String(x.planId) }} />
                  )}
                >
                  {x.planTitle}
                </Anchor>
              ) : (
                x.planTitle
              )}{' '}
              · {x.unitName}
            </Text>
            <Text size="sm">
              {t('plans.col.due')}: {x.dueLabel}
              {x.deadline ? ` (${t('plans.mine.deadline', { date: date(x.deadline) })})` : ''}
            </Text>
            <Group gap="xs" mt={4}>
              <PlanStatusBadge status={x.planStatus} />
              <TaskStatusBadge status={x.status} />
              <Text size="sm" fw={700}>
                {number(x.progress)}%
              </Text>
              {x.open ? (
                <Button
                  size="xs"
                  aria-label={t('plans.mine.reportLabel', { task: x.task })}
                  onClick={() => setReporting(x)}
                >
                  {t('plans.progress.button')}
                </Button>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={reporting !== null}
        onClose={() => setReporting(null)}
        title={t('plans.progress.title')}
        fullScreen={isPhone}
        size="lg"
      >
        {reporting ? (
          <ProgressForm
            planId={reporting.planId}
            task={{ ...reporting, id: reporting.taskId }}
            onCancel={() => setReporting(null)}
            onDone={(task) => {
              setReporting(null);
              setMessage(
                t('plans.progress.done', {
                  position: task.position,
                  progress: number(task.progress),
                  status: taskStatusLabel(t, task.status),
                }),
              );
            }}
          />
        ) : null}
      </Modal>
    </section>
  );
}
