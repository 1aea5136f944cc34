import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { Publication } from '../../../api/survey-types.ts';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { useT } from '../../../i18n/index.tsx';

/** Publish an approved result under the number of the decision that approved it. */
export function PublishForm({
  publication,
  onDone,
  onCancel,
}: {
  publication: Publication;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [decisionNumber, setDecisionNumber] = useState(publication.decisionNumber ?? '');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      api(`/surveys/publications/${publication.id}/publish`, {
        method: 'POST',
        body: { decisionNumber: decisionNumber.trim() },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.publications });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!decisionNumber.trim());
    if (decisionNumber.trim()) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('publications.publish.about', { title: publication.title })}</Text>
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t('publications.field.decision')}
          description={t('publications.field.decisionHint')}
          value={decisionNumber}
          onChange={(e) => setDecisionNumber(e.currentTarget.value)}
          error={missing ? t('common.required') : fieldError(mutation.error, 'decisionNumber')}
          withAsterisk
          maxLength={100}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('publications.publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
