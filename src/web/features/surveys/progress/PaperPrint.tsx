import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { apiUrl } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';

/** GET /surveys/waves/{code}/paper: the wave's questionnaire to print, for one of its units or blank. */
export function wavePaperUrl(waveCode: string, format: 'pdf' | 'docx', unitCode?: string): string {
  return apiUrl(`/surveys/waves/${encodeURIComponent(waveCode)}/paper`, { format, unitCode });
}

/** The wave page's "print the paper questionnaire" box: PDF to print now, DOCX to edit first. */
export function PaperPrint({ waveCode }: { waveCode: string }) {
  const t = useT();
  return (
    <Paper withBorder p="md" data-testid="paper-print">
      <Title order={2} size="h4" mb={4}>
        {t('paperPrint.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('paperPrint.intro')}
      </Text>
      <Group gap="sm">
        <Button component="a" href={wavePaperUrl(waveCode, 'pdf')} target="_blank" rel="noopener">
          {t('paperPrint.pdf')}
        </Button>
        <Button component="a" variant="default" href={wavePaperUrl(waveCode, 'docx')}>
          {t('paperPrint.docx')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The per-unit link of the progress table. */
export function UnitPaperLink({
  waveCode,
  unit,
}: {
  waveCode: string;
  unit: { unit: string; name: string };
}) {
  const t = useT();
  return (
    <Anchor
      href={wavePaperUrl(waveCode, 'pdf', unit.unit)}
      target="_blank"
      rel="noopener"
      size="sm"
      aria-label={t('progress.paperLabel', { unit: unit.name })}
    >
      {t('progress.paper')}
    </Anchor>
  );
}
