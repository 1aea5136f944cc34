import { Alert, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from './errors.tsx';
import { SuccessMessage } from './Status.tsx';

type State<R> =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'working'; progress: ReactNode }
  | { kind: 'done'; result: R; file: string }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'failed'; error: unknown };

/** How the import tells the page what it is doing while the file goes up and is worked on. */
export interface ImportProgress {
  /** Percent of the file sent. */
  uploading: (percent: number) => void;
  /** The server works on the file in the background: what to show meanwhile. */
  working: (progress: ReactNode) => void;
}

/**
 * A whole-file import (units, responses): the file goes up as the raw body (XHR, for the progress
 * bar); the server checks every line first and imports all or nothing. A rejected file lists each
 * bad line as "Dòng N: <lý do> [CODE]", which is what a person fixes in their spreadsheet. Each
 * import gives its words, what it accepts, how it sends, and what success says.
 */
export function FileImport<R>({
  labels,
  intro,
  accept,
  gap,
  send,
  afterDone,
  success,
  children,
}: {
  labels: {
    title: string;
    file: string;
    fileHint: string;
    chooseFirst: string;
    submit: string;
    failedTitle: string;
  };
  intro: ReactNode;
  accept: string;
  gap: 'sm' | 'md';
  send: (file: File, progress: ImportProgress) => Promise<R>;
  /** After a successful import (refresh what it changed). */
  afterDone: () => Promise<unknown>;
  success: (result: R, file: string) => ReactNode;
  /** Help below the form (columns, an example). */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State<R>>({ kind: 'idle' });
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
      const result = await send(file, {
        uploading: (percent) => setState({ kind: 'uploading', percent }),
        working: (progress) => setState({ kind: 'working', progress }),
      });
      setState({ kind: 'done', result, file: file.name });
      if (fileRef.current) fileRef.current.value = '';
      await afterDone();
    } catch (error) {
      // A 403 FORBIDDEN import (a parent outside the user's unit) also names its lines.
      if (error instanceof ApiError && error.lines.length > 0) setState({ kind: 'invalid', error });
      else setState({ kind: 'failed', error });
    }
  }

  const busy = state.kind === 'uploading' || state.kind === 'working';
  return (
    <Stack gap={gap}>
      <Title order={2} size="h3">
        {labels.title}
      </Title>
      {intro}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Text component="label" htmlFor={ids.file} fw={600} size="sm" display="block">
              {labels.file}
            </Text>
            <Text id={ids.hint} size="xs" c="dimmed" mb={4}>
              {labels.fileHint}
            </Text>
            <input
              ref={fileRef}
              id={ids.file}
              className="file-input"
              type="file"
              name="file"
              accept={accept}
              aria-describedby={missingFile ? `${ids.hint} ${ids.error}` : ids.hint}
              aria-invalid={missingFile || undefined}
              onChange={() => setMissingFile(false)}
              disabled={busy}
            />
            {missingFile ? (
              <Text id={ids.error} size="sm" c="red.9" mt={4} role="alert">
                {labels.chooseFirst}
              </Text>
            ) : null}
          </div>
          <div>
            <Button type="submit" loading={busy}>
              {labels.submit}
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
        {state.kind === 'working' ? state.progress : null}
        {state.kind === 'done' ? <SuccessMessage>{success(state.result, state.file)}</SuccessMessage> : null}
      </div>
      {state.kind === 'invalid' ? (
        <Alert color="red" variant="light" role="alert" title={labels.failedTitle}>
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
      {children}
    </Stack>
  );
}
