import { MultiSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../components/errors.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { PlanTask } from '../types.ts';

/**
 * Naming the officers of one task of an issued plan (the annex itself no longer changes): they see it
 * under "Nhiệm vụ của tôi" and may report its progress.
 */
export function AssignForm({
  task,
  officers,
  onSubmit,
  onCancel,
  pending,
  error,
}: {
  task: PlanTask;
  officers: { value: string; label: string }[];
  onSubmit: (assignees: number[]) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const [assignees, setAssignees] = useState<string[]>(task.assignees.map((a) => String(a.id)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit(assignees.map(Number));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <Text size="sm">{t('plans.progress.task', { position: task.position, task: task.task })}</Text>
        <MultiSelect
          label={t('plans.task.assignees')}
          description={t('plans.task.assigneesHint')}
          data={officers}
          value={assignees}
          onChange={setAssignees}
          searchable
          clearable
          maxValues={20}
          comboboxProps={{ withinPortal: true }}
        />
        <FormButtons onCancel={onCancel} pending={pending} submitLabel={t('plans.task.assignSave')} />
      </Stack>
    </form>
  );
}
