import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { FlaggedResponse } from '../../../api/survey-types.ts';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { useI18n } from '../../../i18n/index.tsx';

/** Leave a response out of the index, with the reason (required: it is audited). */
export function ExcludeForm({
  response,
  onDone,
  onCancel,
}: {
  response: FlaggedResponse;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      api(`/surveys/responses/${response.id}/exclude`, { method: 'POST', body: { reason: reason.trim() } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t('review.exclude.about', {
            id: response.id,
            unit: response.unitName,
            time: dateTime(response.submittedAt),
          })}
        </Text>
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('review.exclude.reason')}
          description={t('review.exclude.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? t('common.required') : fieldError(mutation.error, 'reason')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={500}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={mutation.isPending}>
            {t('review.exclude.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
