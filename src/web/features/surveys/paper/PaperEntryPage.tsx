import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useOfficerForm } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { CodeBadge } from '../../../components/StatusBadge.tsx';
import { useT } from '../../../i18n/index.tsx';
import { UnitSearch } from '../../units/UnitSearch.tsx';
import { QuestionnaireSourceLine } from '../QuestionnaireSourceLine.tsx';
import { SurveyLinks } from '../SurveyLinks.tsx';
import { PaperForm } from './PaperForm.tsx';

/** /nhap-phieu — a surveyor keys in the paper forms of one unit, sheet after sheet. */
export function PaperEntryPage() {
  return (
    <Guard path="/nhap-phieu">
      <PaperEntry />
    </Guard>
  );
}

function PaperEntry() {
  const t = useT();
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const form = useOfficerForm(unitCode);
  return (
    <Stack gap="lg">
      <PageTitle title={t('paper.title')}>{t('paper.title')}</PageTitle>
      <SurveyLinks current="/nhap-phieu" />
      {unitCode ? (
        <Paper withBorder p="sm">
          <Group justify="space-between" gap="sm">
            <Group gap="xs">
              <Text fw={700}>{form.data?.unit.name ?? unitCode}</Text>
              <CodeBadge>{unitCode}</CodeBadge>
              {form.data ? (
                <Text size="sm" c="dimmed">
                  {form.data.wave?.title ?? form.data.questionnaire.title}
                </Text>
              ) : null}
            </Group>
            <Button variant="default" onClick={() => setUnitCode(null)}>
              {t('paper.changeUnit')}
            </Button>
          </Group>
          {form.data ? (
            <QuestionnaireSourceLine
              code={form.data.questionnaire.code}
              version={form.data.questionnaire.version}
            />
          ) : null}
        </Paper>
      ) : (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Text mb="sm">{t('paper.chooseUnit')}</Text>
          <UnitSearch onOpen={setUnitCode} />
        </Paper>
      )}
      {unitCode ? <ErrorAlert error={form.error} /> : null}
      {unitCode && form.isPending ? <PendingPage /> : null}
      {unitCode && form.data ? <PaperForm key={unitCode} form={form.data} unitCode={unitCode} /> : null}
    </Stack>
  );
}
