import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DocumentEditor, type DocumentSource } from '../documents/DocumentEditor.tsx';
import { DocumentTable } from '../documents/DocumentTable.tsx';
import { useDocuments } from '../queries.ts';
import type { PlanDetail } from '../types.ts';

/**
 * The plan's documents: the decision issuing it (while a draft, it can be drafted and issued,
 * which freezes the rows) and the follow-up letter of the index the plan answers; and what has
 * been issued for it.
 */
export function PlanDocuments({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const { t } = useI18n();
  const documents = useDocuments(plan.unitCode);
  const [editing, setEditing] = useState<'letter' | 'decision_plan' | null>(null);
  const own = (documents.data?.documents ?? []).filter(
    (d) =>
      d.planId === plan.id ||
      (d.kind === 'letter' && d.unitCode === plan.unitCode && d.publicationId === plan.publicationId),
  );
  const criteria = new Map(
    plan.taskList
      .filter((x) => x.criterionCode && x.criterionTitle)
      .map((x) => [x.criterionCode as string, x.criterionTitle as string]),
  );
  const source: DocumentSource | null =
    editing === 'letter'
      ? {
          kind: 'letter',
          source: {
            unitCode: plan.unitCode,
            questionnaire: `${plan.questionnaire}@${plan.questionnaireVersion}`,
            period: plan.period,
            ...(plan.publicationId ? { publicationId: plan.publicationId } : {}),
          },
        }
      : editing === 'decision_plan'
        ? { kind: 'decision_plan', source: { planId: plan.id } }
        : null;

  return (
    <Stack gap="md">
      <Text>{t('plans.docs.intro')}</Text>
      <Group gap="sm">
        {plan.status === 'draft' ? (
          <Button
            variant={editing === 'decision_plan' ? 'filled' : 'default'}
            onClick={() => setEditing('decision_plan')}
            disabled={plan.taskList.length === 0}
          >
            {t('plans.docs.draftDecision')}
          </Button>
        ) : null}
        <Button variant={editing === 'letter' ? 'filled' : 'default'} onClick={() => setEditing('letter')}>
          {t('plans.docs.draftLetter')}
        </Button>
      </Group>
      {plan.status === 'draft' && plan.taskList.length === 0 ? (
        <Text size="sm">{t('plans.docs.needTasks')}</Text>
      ) : null}
      {source ? (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="plan-doc-editor">
          <Title order={2} size="h4" id="plan-doc-editor" mb="sm">
            {editing === 'letter' ? t('plans.docs.letterTitle') : t('plans.docs.decisionTitle')}
          </Title>
          <DocumentEditor
            key={editing}
            source={source}
            criteria={criteria}
            canIssue={canManage}
            onClose={() => setEditing(null)}
          />
        </Paper>
      ) : null}
      <section aria-labelledby="plan-doc-issued">
        <Title order={2} size="h4" id="plan-doc-issued" mb="sm">
          {t('plans.docs.issued')}
        </Title>
        <ErrorAlert error={documents.error} />
        {documents.data && own.length === 0 ? <Text>{t('plans.docs.none')}</Text> : null}
        {own.length ? (
          <DocumentTable documents={own} caption={t('plans.docs.issued')} showUnit={false} />
        ) : null}
      </section>
    </Stack>
  );
}
