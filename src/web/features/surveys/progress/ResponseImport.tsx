import { Alert, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { followImportJob, type ImportJob, isImportJob, RESPOND_ASYNC } from '../../../api/import-jobs.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { ImportResponsesResult } from '../../../api/survey-types.ts';
import { uploadFile } from '../../../api/upload.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { useI18n } from '../../../i18n/index.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'working'; job: ImportJob }
  | { kind: 'done'; result: ImportResponsesResult; file: string }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'failed'; error: unknown };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Responses collected elsewhere (the post office, another system), as a CSV or XLSX file sent
 * whole; the server checks every line and imports all or nothing, like the units import.
 */
export function ResponseImport({ questionnaire }: { questionnaire: string }) {
  const { t, lang, number } = useI18n();
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [missingFile, setMissingFile] = useState(false);
  const ids = { file: useId(), hint: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMissingFile(true);
      fileRef.current?.focus();
      return;
    }
    setMissingFile(false);
    setState({ kind: 'uploading', percent: 0 });
    try {
      const query = new URLSearchParams({ questionnaire, channel: 'import' });
      // The server imports in the background and answers with a job; the page follows its progress.
      const answer = await uploadFile<ImportJob | ImportResponsesResult>({
        path: `/surveys/responses/import?${query}`,
        file,
        contentType: /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv',
        headers: RESPOND_ASYNC,
        onProgress: (percent) => setState({ kind: 'uploading', percent }),
      });
      const result = isImportJob(answer)
        ? await followImportJob<ImportResponsesResult>(answer, (job) => setState({ kind: 'working', job }))
        : answer;
      setState({ kind: 'done', result, file: file.name });
      if (fileRef.current) fileRef.current.value = '';
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    } catch (error) {
      if (error instanceof ApiError && error.lines.length > 0) setState({ kind: 'invalid', error });
      else setState({ kind: 'failed', error });
    }
  }

  const busy = state.kind === 'uploading' || state.kind === 'working';
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('responsesImport.title')}
      </Title>
      <Text size="sm">{t('responsesImport.intro', { questionnaire })}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Text component="label" htmlFor={ids.file} fw={600} size="sm" display="block">
              {t('responsesImport.file')}
            </Text>
            <Text id={ids.hint} size="xs" c="dimmed" mb={4}>
              {t('responsesImport.fileHint')}
            </Text>
            <input
              ref={fileRef}
              id={ids.file}
              className="file-input"
              type="file"
              name="file"
              accept={`.csv,.xlsx,text/csv,${XLSX}`}
              aria-describedby={missingFile ? `${ids.hint} ${ids.error}` : ids.hint}
              aria-invalid={missingFile || undefined}
              onChange={() => setMissingFile(false)}
              disabled={busy}
            />
            {missingFile ? (
              <Text id={ids.error} size="sm" c="red.9" mt={4} role="alert">
                {t('responsesImport.chooseFirst')}
              </Text>
            ) : null}
          </div>
          <div>
            <Button type="submit" loading={busy}>
              {t('responsesImport.submit')}
            </Button>
          </div>
        </Stack>
      </form>
      <div aria-live="polite">
        {state.kind === 'uploading' ? (
          <Stack gap={4}>
            <Progress.Root size="lg">
              <Progress.Section
                value={state.percent}
                animated={state.percent >= 100}
                aria-label={t('units.import.progress')}
              />
            </Progress.Root>
            <Text size="sm" role="status">
              {state.percent < 100
                ? t('units.import.uploading', { percent: state.percent })
                : t('units.import.checking')}
            </Text>
          </Stack>
        ) : null}
        {state.kind === 'working' ? <JobProgress job={state.job} /> : null}
        {state.kind === 'done' ? (
          <SuccessMessage>
            {t('responsesImport.success', { count: number(state.result.imported), file: state.file })}
            <ul className="line-errors">
              {Object.entries(state.result.units).map(([code, n]) => (
                <li key={code}>{t('responsesImport.perUnit', { code, count: number(n) })}</li>
              ))}
            </ul>
          </SuccessMessage>
        ) : null}
      </div>
      {state.kind === 'invalid' ? (
        <Alert color="red" variant="light" role="alert" title={t('responsesImport.failedTitle')}>
          <Text size="sm" mb="xs">
            {lang === 'vi' ? `${state.error.message} ` : ''}
            {t('units.import.failedBody')}
          </Text>
          <ul className="line-errors">
            {state.error.lines.map((line) => (
              <li key={`${line.line}-${line.code}-${line.message}`}>
                {t('units.import.line', { line: line.line, message: line.message, code: line.code })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {state.kind === 'failed' ? <ErrorAlert error={state.error} /> : null}
    </Stack>
  );
}

/** What the server is doing with the file: reading and checking it, then storing its rows. */
function JobProgress({ job }: { job: ImportJob }) {
  const { t, number } = useI18n();
  const percent = job.state === 'writing' && job.total ? Math.round((job.rows / job.total) * 100) : null;
  const text =
    job.state === 'queued'
      ? t('responsesImport.queued')
      : job.state === 'writing'
        ? t('responsesImport.writing', { rows: number(job.rows), total: number(job.total ?? 0) })
        : t('responsesImport.checking', { rows: number(job.rows) });
  return (
    <Stack gap={4}>
      <Progress.Root size="lg">
        <Progress.Section
          value={percent ?? 100}
          animated={percent === null}
          aria-label={t('units.import.progress')}
        />
      </Progress.Root>
      <Text size="sm" role="status">
        {text}
      </Text>
    </Stack>
  );
}
