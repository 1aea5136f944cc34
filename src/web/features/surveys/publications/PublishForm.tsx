import { FileInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { readBase64 } from '../../../api/files.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { Publication } from '../../../api/survey-types.ts';
import { DateField } from '../../../components/DateField.tsx';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { useT } from '../../../i18n/index.tsx';

const DECISION_FILE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Publish an approved result under the decision that approved it: its number, date and signer,
 * and the signed PDF, which the public page offers for download. All four are asked for: a
 * ranking published without its decision cannot be checked by the people it ranks.
 */
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
  const [decisionDate, setDecisionDate] = useState('');
  const [decisionSigner, setDecisionSigner] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: async (pdf: File) =>
      api(`/surveys/publications/${publication.id}/publish`, {
        method: 'POST',
        body: {
          decisionNumber: decisionNumber.trim(),
          decisionDate,
          decisionSigner: decisionSigner.trim(),
          decisionFile: { name: pdf.name, base64: await readBase64(pdf) },
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.publications });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
      onDone();
    },
  });
  const fileProblem = (f: File | null) =>
    !f
      ? t('common.required')
      : f.size > DECISION_FILE_MAX_BYTES
        ? t('publications.field.decisionFileTooBig')
        : !/\.pdf$/i.test(f.name) && f.type !== 'application/pdf'
          ? t('publications.field.decisionFileNotPdf')
          : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(
      Object.entries({
        decisionNumber: decisionNumber.trim() ? '' : t('common.required'),
        decisionDate: decisionDate ? '' : t('common.required'),
        decisionSigner: decisionSigner.trim() ? '' : t('common.required'),
        decisionFile: fileProblem(file),
      }).filter(([, message]) => message),
    );
    setMissing(next);
    if (Object.keys(next).length === 0 && file) mutation.mutate(file);
  };
  const err = (field: string) => missing[field] || fieldError(mutation.error, field);
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
          error={err('decisionNumber')}
          withAsterisk
          maxLength={100}
          data-autofocus
        />
        <DateField
          label={t('publications.field.decisionDate')}
          value={decisionDate}
          onChange={setDecisionDate}
          error={err('decisionDate')}
          required
        />
        <TextInput
          label={t('publications.field.decisionSigner')}
          description={t('publications.field.decisionSignerHint')}
          value={decisionSigner}
          onChange={(e) => setDecisionSigner(e.currentTarget.value)}
          error={err('decisionSigner')}
          withAsterisk
          maxLength={200}
        />
        <FileInput
          label={t('publications.field.decisionFile')}
          description={t('publications.field.decisionFileHint')}
          accept="application/pdf,.pdf"
          value={file}
          onChange={setFile}
          error={err('decisionFile')}
          withAsterisk
          clearable
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('publications.publish.submit')}
          gap="md"
        />
      </Stack>
    </form>
  );
}
