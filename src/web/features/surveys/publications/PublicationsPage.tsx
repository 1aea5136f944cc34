import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { surveyKeys, usePublications } from '../../../api/survey-queries.ts';
import type { Publication } from '../../../api/survey-types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useT } from '../../../i18n/index.tsx';
import { SURVEY_ROLES } from '../../../nav.ts';
import { SurveyLinks } from '../SurveyLinks.tsx';
import { useHasRole } from '../useRole.ts';
import { PublicationForm } from './PublicationForm.tsx';
import { PublicationList } from './PublicationList.tsx';
import { PublishForm } from './PublishForm.tsx';

type Dialog = { kind: 'create' } | { kind: 'publish'; publication: Publication } | null;

/** /cong-bo — results on their way to the public: draft → approved → published. */
export function PublicationsPage() {
  return (
    <Guard path="/cong-bo">
      <Publications />
    </Guard>
  );
}

function Publications() {
  const t = useT();
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  const list = usePublications();
  const canApprove = useHasRole(SURVEY_ROLES.approve);
  const canDraft = useHasRole(SURVEY_ROLES.draftPublications);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');
  const approve = useMutation({
    mutationFn: (p: Publication) => api(`/surveys/publications/${p.id}/approve`, { method: 'POST' }),
    onSuccess: async (_data, p) => {
      setMessage(t('publications.approved.done', { title: p.title }));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.publications });
    },
  });
  const publications = [...(list.data?.publications ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('publications.title')}>{t('publications.title')}</PageTitle>
        {canDraft ? (
          <Button onClick={() => setDialog({ kind: 'create' })}>{t('publications.add')}</Button>
        ) : null}
      </Group>
      <SurveyLinks current="/cong-bo" />
      <Text>{t('publications.intro')}</Text>
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>
      <ErrorAlert error={list.error ?? approve.error} />
      {list.isPending ? <PendingPage /> : null}
      {list.data && publications.length === 0 ? <Text>{t('publications.empty')}</Text> : null}
      <PublicationList
        publications={publications}
        canApprove={canApprove}
        onApprove={(p) => approve.mutate(p)}
        onPublish={(p) => setDialog({ kind: 'publish', publication: p })}
        busyId={approve.isPending ? (approve.variables?.id ?? null) : null}
      />
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'publish' ? t('publications.publish.title') : t('publications.create.title')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'create' ? (
          <PublicationForm
            publications={publications}
            onCancel={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              setMessage(t('publications.created.done'));
            }}
          />
        ) : null}
        {dialog?.kind === 'publish' ? (
          <PublishForm
            publication={dialog.publication}
            onCancel={() => setDialog(null)}
            onDone={() => {
              setMessage(t('publications.published.done', { title: dialog.publication.title }));
              setDialog(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
