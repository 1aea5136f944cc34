import { Button, Group } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

/** The foot of a form in a dialog: cancel, then submit (red for a step that cannot be undone). */
export function FormButtons({
  onCancel,
  pending,
  submitLabel,
  danger,
  gap = 'sm',
}: {
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
  danger?: boolean | undefined;
  gap?: 'sm' | 'md';
}) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end" gap={gap} mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} color={danger ? 'red.9' : undefined}>
        {submitLabel}
      </Button>
    </Group>
  );
}
