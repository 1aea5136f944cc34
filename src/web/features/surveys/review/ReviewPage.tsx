import { Button, Modal, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { type FlaggedFilter, surveyKeys, useFlaggedResponses } from '../../../api/survey-queries.ts';
import type { FlaggedResponse } from '../../../api/survey-types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { SurveyLinks } from '../SurveyLinks.tsx';
import { QuestionnaireSelect } from '../waves/QuestionnaireSelect.tsx';
import { AddressFormSetting } from './AddressFormSetting.tsx';
import { CommentModeration } from './CommentModeration.tsx';
import { ExcludeForm } from './ExcludeForm.tsx';
import { FlaggedList } from './FlaggedList.tsx';
import { HeldGroups } from './HeldGroups.tsx';

/**
 * /khao-sat/ra-soat — responses the integrity checks flagged: leave out (with a reason) or restore;
 * and citizens' comments to publish or hide.
 */
export function ReviewPage() {
  return (
    <Guard path="/khao-sat/ra-soat">
      <Review />
    </Guard>
  );
}

function Review() {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  const [filter, setFilter] = useState<FlaggedFilter>({});
  const [unit, setUnit] = useState<string | null>(null);
  const [questionnaire, setQuestionnaire] = useState<string | null>(null);
  const [period, setPeriod] = useState('');
  const [excluding, setExcluding] = useState<FlaggedResponse | null>(null);
  const [message, setMessage] = useState('');
  const list = useFlaggedResponses(filter);

  const include = useMutation({
    mutationFn: (r: FlaggedResponse) => api(`/surveys/responses/${r.id}/include`, { method: 'POST' }),
    onSuccess: async (_data, r) => {
      setMessage(t('review.included.done', { id: r.id }));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });

  const release = useMutation({
    mutationFn: (r: FlaggedResponse) => api(`/surveys/responses/${r.id}/release`, { method: 'POST' }),
    onSuccess: async (_data, r) => {
      setMessage(t('review.released.done', { id: r.id }));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      unitCode: unit ?? undefined,
      questionnaire: questionnaire ?? undefined,
      period: period.trim() || undefined,
    });
  };

  const responses = list.data?.responses ?? [];
  return (
    <Stack gap="lg">
      <PageTitle title={t('review.title')}>{t('review.title')}</PageTitle>
      <SurveyLinks current="/khao-sat/ra-soat" />
      <Text>{t('review.intro')}</Text>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={apply} noValidate aria-label={t('review.filter')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <UnitPicker label={t('index.filter.unit')} value={unit} onChange={setUnit} clearable />
            <QuestionnaireSelect
              label={t('index.filter.questionnaire')}
              value={questionnaire}
              onChange={setQuestionnaire}
              clearable
            />
            <TextInput
              label={t('index.filter.period')}
              description={t('index.filter.periodHint')}
              value={period}
              onChange={(e) => setPeriod(e.currentTarget.value)}
              maxLength={7}
            />
          </SimpleGrid>
          <Button type="submit" mt="sm">
            {t('index.filter.apply')}
          </Button>
        </form>
      </Paper>
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>
      <ErrorAlert error={list.error ?? include.error ?? release.error} />
      <HeldGroups responses={responses} onDone={setMessage} />
      {list.isPending ? <PendingPage /> : null}
      {list.data ? (
        <Text role="status" size="sm">
          {responses.length ? t('review.count', { count: number(responses.length) }) : t('review.none')}
        </Text>
      ) : null}
      {responses.length ? (
        <FlaggedList
          responses={responses}
          onExclude={setExcluding}
          onInclude={(r) => include.mutate(r)}
          onRelease={(r) => release.mutate(r)}
          busyId={
            include.isPending
              ? (include.variables?.id ?? null)
              : release.isPending
                ? (release.variables?.id ?? null)
                : null
          }
        />
      ) : null}
      <CommentModeration unitCode={filter.unitCode} onDone={setMessage} />
      <AddressFormSetting onDone={setMessage} />
      <Modal
        opened={excluding !== null}
        onClose={() => setExcluding(null)}
        title={excluding ? t('review.exclude.title', { id: excluding.id }) : ''}
        fullScreen={isPhone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {excluding ? (
          <ExcludeForm
            response={excluding}
            onCancel={() => setExcluding(null)}
            onDone={() => {
              setMessage(t('review.excluded.done', { id: excluding.id }));
              setExcluding(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
