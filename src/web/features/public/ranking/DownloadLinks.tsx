import { Button, Group } from '@mantine/core';
import { publicDownloadUrl } from '../../../api/survey-queries.ts';
import { useT } from '../../../i18n/index.tsx';

/** The published result as open data. */
export function DownloadLinks({ id }: { id: number }) {
  const t = useT();
  return (
    <Group gap="sm">
      <Button component="a" href={publicDownloadUrl(id, 'csv')} download variant="default" size="lg">
        {t('public.download.csv')}
      </Button>
      <Button component="a" href={publicDownloadUrl(id, 'json')} download variant="default" size="lg">
        {t('public.download.json')}
      </Button>
    </Group>
  );
}
