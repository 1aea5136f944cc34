import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { useQuestionnaire } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { AnnexTable } from '../AnnexTable.tsx';
import { TaskStatusBadge } from '../Badges.tsx';
import { taskStatusLabel } from '../labels.ts';
import { useAssignableUsers, usePlanChange } from '../queries.ts';
import { useReminderText } from '../ReminderList.tsx';
import { type CriterionOption, TaskForm } from '../TaskForm.tsx';
import type { PlanDetail, PlanTask } from '../types.ts';
import { AssignForm } from './AssignForm.tsx';
import { ProgressForm } from './ProgressForm.tsx';
import { TaskHistory } from './TaskHistory.tsx';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit' | 'delete' | 'progress' | 'history' | 'assign'; task: PlanTask }
  | null;

/**
 * The plan's annex with each task's progress. While a draft, rows can be added, edited and
 * deleted; until the plan is closed, progress can be reported with evidence — by the plan's managers,
 * or by an officer named on the task (on that task only). Officers are named in the task form, and
 * after the plan is issued with "Giao cán bộ".
 */
export function TaskList({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const { t, number } = useI18n();
  const isPhone = useIsPhone();
  const change = usePlanChange(plan.id);
  const reminderText = useReminderText();
  const definition = useQuestionnaire(`${plan.questionnaire}@${plan.questionnaireVersion}`);
  const criteria: CriterionOption[] = (definition.data?.definition.criteria ?? []).map((c) => ({
    code: c.code,
    title: c.title,
  }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');
  const draft = plan.status === 'draft';
  const open = plan.status !== 'closed';
  const me = useSession().data?.user.id;
  const assignable = useAssignableUsers(plan.id, canManage && open);
  const officers = assignable.data?.users.map((u) => ({
    value: String(u.id),
    label: `${u.displayName} (${u.unitName})`,
  }));
  // The dialog follows the task as it is now (after a save the list is fresh).
  const current = dialog && 'task' in dialog ? plan.taskList.find((x) => x.id === dialog.task.id) : undefined;

  const close = () => {
    setDialog(null);
    change.reset();
  };
  const rows = plan.taskList.map((task) => ({
    ...task,
    key: task.id,
    note: task.criterionCode
      ? `${task.criterionCode}${task.criterionTitle ? `. ${task.criterionTitle}` : ''}`
      : null,
    source: task,
  }));
  const titles = {
    add: t('plans.task.addTitle'),
    edit: t('plans.task.editTitle'),
    delete: t('plans.task.deleteTitle'),
    progress: t('plans.progress.title'),
    history: t('plans.history.title'),
    assign: t('plans.task.assignTitle'),
  };

  return (
    <Stack gap="sm" className="plan-tasks">
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>
      {draft ? (
        <Alert color="blue" variant="light" c="dark.9" role="note">
          {t('plans.task.draftNote')}
        </Alert>
      ) : null}
      {canManage && draft ? (
        <Group>
          <Button onClick={() => setDialog({ kind: 'add' })}>{t('plans.task.add')}</Button>
        </Group>
      ) : null}
      {plan.taskList.length === 0 ? (
        <Text role="status">{t('plans.task.none')}</Text>
      ) : (
        <AnnexTable
          rows={rows}
          caption={t('plans.annex.caption', { title: plan.title })}
          extra={[
            {
              header: t('plans.col.progress'),
              cell: (r) => (
                <Stack gap={4} miw={140}>
                  <Text size="sm" fw={700}>
                    {number(r.progress)}%
                  </Text>
                  <Progress
                    value={r.progress}
                    aria-label={t('plans.progress.barLabel', { position: r.position })}
                  />
                  <div>
                    <TaskStatusBadge status={r.status} />
                  </div>
                  {r.assignees.length > 0 ? (
                    <Text size="xs">
                      {t('plans.task.assigneesList', { names: r.assignees.map((a) => a.name).join(', ') })}
                    </Text>
                  ) : null}
                  {r.reminder ? (
                    <Text size="xs" fw={700} c={r.reminder.kind === 'overdue' ? 'red.9' : 'dark.9'}>
                      {r.reminder.kind === 'overdue' ? <span aria-hidden="true">▲ </span> : null}
                      {reminderText(r.reminder)}
                    </Text>
                  ) : null}
                </Stack>
              ),
            },
            {
              header: t('common.actions'),
              cell: (r) => (
                <Stack gap={6} align="flex-start">
                  {(canManage || r.assignees.some((a) => a.id === me)) && open ? (
                    <Button
                      size="xs"
                      aria-label={t('plans.progress.buttonLabel', { position: r.position })}
                      onClick={() => setDialog({ kind: 'progress', task: r.source })}
                    >
                      {t('plans.progress.button')}
                    </Button>
                  ) : null}
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('plans.history.buttonLabel', { position: r.position })}
                    onClick={() => setDialog({ kind: 'history', task: r.source })}
                  >
                    {t('plans.history.button', { count: number(r.updates.length) })}
                  </Button>
                  {canManage && open && !draft ? (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('plans.task.assignLabel', { position: r.position })}
                      onClick={() => setDialog({ kind: 'assign', task: r.source })}
                    >
                      {t('plans.task.assign')}
                    </Button>
                  ) : null}
                  {canManage && draft ? (
                    <Group gap={6}>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('plans.task.editPosition', { position: r.position })}
                        onClick={() => setDialog({ kind: 'edit', task: r.source })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('plans.task.deletePosition', { position: r.position })}
                        onClick={() => setDialog({ kind: 'delete', task: r.source })}
                      >
                        {t('plans.task.delete')}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              ),
            },
          ]}
        />
      )}

      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialog ? titles[dialog.kind] : ''}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'add' ? (
          <TaskForm
            officers={officers}
            criteria={criteria}
            submitLabel={t('plans.task.addRow')}
            error={change.error}
            errorPrefix=""
            pending={change.isPending}
            onCancel={close}
            onSubmit={(task) =>
              change.mutate(
                { kind: 'add', task },
                {
                  onSuccess: (p) => {
                    close();
                    setMessage(t('plans.task.added', { position: p.taskList.length }));
                  },
                },
              )
            }
          />
        ) : null}
        {dialog?.kind === 'edit' && current ? (
          <TaskForm
            initial={{ ...current, assignees: current.assignees.map((a) => a.id) }}
            officers={officers}
            criteria={criteria}
            submitLabel={t('plans.task.saveRow')}
            error={change.error}
            pending={change.isPending}
            onCancel={close}
            onSubmit={(task) =>
              change.mutate(
                { kind: 'update', taskId: current.id, patch: task },
                {
                  onSuccess: () => {
                    close();
                    setMessage(t('plans.task.saved', { position: current.position }));
                  },
                },
              )
            }
          />
        ) : null}
        {dialog?.kind === 'delete' && current ? (
          <Stack gap="sm">
            <ErrorAlert error={change.error} />
            <Text>{t('plans.task.deleteConfirm', { position: current.position, task: current.task })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={change.isPending}
                onClick={() =>
                  change.mutate(
                    { kind: 'delete', taskId: current.id },
                    {
                      onSuccess: () => {
                        close();
                        setMessage(t('plans.task.deleted', { position: current.position }));
                      },
                    },
                  )
                }
              >
                {t('plans.task.delete')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {dialog?.kind === 'progress' && current ? (
          <ProgressForm
            planId={plan.id}
            task={current}
            onCancel={close}
            onDone={(task) => {
              close();
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
        {dialog?.kind === 'assign' && current ? (
          <AssignForm
            task={current}
            officers={officers ?? []}
            error={change.error}
            pending={change.isPending}
            onCancel={close}
            onSubmit={(assignees) =>
              change.mutate(
                { kind: 'update', taskId: current.id, patch: { assignees } },
                {
                  onSuccess: () => {
                    close();
                    setMessage(t('plans.task.assigned', { position: current.position }));
                  },
                },
              )
            }
          />
        ) : null}
        {dialog?.kind === 'history' && current ? <TaskHistory planId={plan.id} task={current} /> : null}
      </Modal>
    </Stack>
  );
}
