import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { usePublications } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { hasRole, PLAN_ROLES } from '../../../nav.ts';
import { documentKindLabel } from '../labels.ts';
import { PlanLinks } from '../PlanLinks.tsx';
import { useDocuments } from '../queries.ts';
import { SourceForm } from '../SourceForm.tsx';
import { DOCUMENT_KINDS, type DocumentKind } from '../types.ts';
import { DocumentEditor, type DocumentSource } from './DocumentEditor.tsx';
import { DocumentTable } from './DocumentTable.tsx';

const route = getRouteApi('/app/van-ban');

/** /van-ban — the documents issued in the user's scope, and drafting a new one. */
export function DocumentsPage() {
  return (
    <Guard path="/van-ban">
      <Documents />
    </Guard>
  );
}

function Documents() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const role = useSession().data?.user.role;
  const canManage = hasRole(role, PLAN_ROLES.manage);
  const documents = useDocuments(search.unit, search.kind);
  const list = documents.data?.documents ?? [];
  const [composing, setComposing] = useState(false);
  const [source, setSource] = useState<DocumentSource | null>(null);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('docs.title')}>{t('docs.title')}</PageTitle>
        {canManage && !composing ? (
          <Button onClick={() => setComposing(true)}>{t('docs.compose')}</Button>
        ) : null}
      </Group>
      <PlanLinks current="/van-ban" />

      {composing ? (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="docs-compose">
          <Title order={2} size="h4" id="docs-compose" mb="sm">
            {t('docs.compose')}
          </Title>
          {source ? (
            <DocumentEditor
              source={source}
              canIssue={canManage}
              onClose={() => {
                setSource(null);
                setComposing(false);
              }}
            />
          ) : (
            <ComposeForm onSubmit={setSource} onCancel={() => setComposing(false)} />
          )}
        </Paper>
      ) : null}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('docs.filter.label')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <UnitPicker
              label={t('docs.filter.unit')}
              placeholder={t('plans.filter.allUnits')}
              value={search.unit ?? null}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, unit: value ?? undefined }), replace: true })
              }
              clearable
            />
            <Select
              label={t('docs.filter.kind')}
              placeholder={t('docs.filter.allKinds')}
              data={DOCUMENT_KINDS.map((k) => ({ value: k, label: documentKindLabel(t, k) }))}
              value={search.kind ?? null}
              onChange={(value) =>
                void navigate({
                  search: (prev) => ({ ...prev, kind: (value as DocumentKind | null) ?? undefined }),
                  replace: true,
                })
              }
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        </form>
      </Paper>
      <ErrorAlert error={documents.error} />
      {documents.isPending ? <PendingPage /> : null}
      {documents.data ? (
        <Text role="status" size="sm">
          {list.length ? t('docs.count', { count: number(list.length) }) : t('docs.empty')}
        </Text>
      ) : null}
      {list.length ? <DocumentTable documents={list} caption={t('docs.caption')} /> : null}
    </Stack>
  );
}

/** What to draft: a follow-up letter (unit and index) or the decision publishing a result. */
function ComposeForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (source: DocumentSource) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const publications = usePublications();
  const published = (publications.data?.publications ?? []).filter((p) => p.status === 'published');
  const [kind, setKind] = useState<'letter' | 'decision_index'>('letter');
  const [publication, setPublication] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const submitDecision = (event: FormEvent) => {
    event.preventDefault();
    if (!publication) {
      setMissing(true);
      return;
    }
    onSubmit({ kind: 'decision_index', source: { publicationId: Number(publication) } });
  };
  return (
    <Stack gap="sm">
      <Select
        label={t('docs.compose.kind')}
        data={[
          { value: 'letter', label: documentKindLabel(t, 'letter') },
          { value: 'decision_index', label: documentKindLabel(t, 'decision_index') },
        ]}
        value={kind}
        onChange={(value) => setKind(value === 'decision_index' ? 'decision_index' : 'letter')}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {kind === 'letter' ? (
        <SourceForm
          submitLabel={t('docs.compose.submit')}
          onCancel={onCancel}
          onSubmit={(s) =>
            onSubmit({
              kind: 'letter',
              source: {
                unitCode: s.unit,
                questionnaire: s.questionnaire,
                period: s.period,
                ...(s.publication ? { publicationId: s.publication } : {}),
              },
            })
          }
        />
      ) : (
        <form onSubmit={submitDecision} noValidate>
          <Stack gap="sm">
            <Select
              label={t('docs.compose.publication')}
              data={published.map((p) => ({ value: String(p.id), label: p.title }))}
              value={publication}
              onChange={setPublication}
              error={missing && !publication ? t('common.required') : undefined}
              searchable
              withAsterisk
              comboboxProps={{ withinPortal: true }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('docs.compose.submit')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
