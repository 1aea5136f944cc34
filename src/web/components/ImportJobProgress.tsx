import { Progress, Stack, Text } from '@mantine/core';
import type { ImportJob } from '../api/import-jobs.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * What the server is doing with an uploaded file (a background import job): a bar that fills while
 * rows are stored (moving while the file waits or is read and checked, when the total is not yet
 * known), and the words each import gives for the job's state.
 */
export function ImportJobProgress({ job, text }: { job: ImportJob; text: string }) {
  const { t } = useI18n();
  const percent = job.state === 'writing' && job.total ? Math.round((job.rows / job.total) * 100) : null;
  return (
    <Stack gap={4}>
      <Progress.Root size="lg">
        <Progress.Section
          value={percent ?? 100}
          animated={percent === null}
          aria-label={t('units.import.progress')}
        />
      </Progress.Root>
      <Text size="sm" role="status">
        {text}
      </Text>
    </Stack>
  );
}
