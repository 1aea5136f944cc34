import { Alert, Button, Code, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { keys, useUnitTypes } from '../../api/queries.ts';
import type { ImportUnitsResult } from '../../api/types.ts';
import { uploadFile } from '../../api/upload.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { SuccessMessage } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/index.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'done'; result: ImportUnitsResult; file: string }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'failed'; error: unknown };

const EXAMPLE = `code,name,type,parent_code,peer_group
P28,UBND phường Bắc Nha Trang,ward,NT,commune
T28,Trạm Y tế phường Bắc Nha Trang,health_station,P28,health_station`;

/**
 * CSV import: the file goes up as the raw body (XHR, for the progress bar); the server checks
 * every line first and imports all or nothing. A rejected file lists each bad line as
 * "Dòng N: <lý do> [CODE]", which is what a person fixes in their spreadsheet.
 */
export function UnitImport() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const types = useUnitTypes();
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
      const result = await uploadFile<ImportUnitsResult>({
        path: '/units/import',
        file,
        contentType: 'text/csv',
        onProgress: (percent) => setState({ kind: 'uploading', percent }),
      });
      setState({ kind: 'done', result, file: file.name });
      if (fileRef.current) fileRef.current.value = '';
      await queryClient.invalidateQueries({ queryKey: keys.units });
    } catch (error) {
      // A 403 FORBIDDEN import (a parent outside the user's unit) also names its lines.
      if (error instanceof ApiError && error.lines.length > 0) setState({ kind: 'invalid', error });
      else setState({ kind: 'failed', error });
    }
  }

  const busy = state.kind === 'uploading';
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('units.import.title')}
      </Title>
      <Text>{t('units.import.intro')}</Text>

      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Text component="label" htmlFor={ids.file} fw={600} size="sm" display="block">
              {t('units.import.file')}
            </Text>
            <Text id={ids.hint} size="xs" c="dimmed" mb={4}>
              {t('units.import.fileHint')}
            </Text>
            <input
              ref={fileRef}
              id={ids.file}
              className="file-input"
              type="file"
              name="file"
              accept=".csv,text/csv"
              aria-describedby={missingFile ? `${ids.hint} ${ids.error}` : ids.hint}
              aria-invalid={missingFile || undefined}
              onChange={() => setMissingFile(false)}
              disabled={busy}
            />
            {missingFile ? (
              <Text id={ids.error} size="sm" c="red.9" mt={4} role="alert">
                {t('units.import.chooseFirst')}
              </Text>
            ) : null}
          </div>
          <div>
            <Button type="submit" loading={busy}>
              {t('units.import.submit')}
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
        {state.kind === 'done' ? (
          <SuccessMessage>
            {t('units.import.success', { count: state.result.imported, file: state.file })}
          </SuccessMessage>
        ) : null}
      </div>
      {state.kind === 'invalid' ? (
        <Alert color="red" variant="light" role="alert" title={t('units.import.failedTitle')}>
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

      <section aria-labelledby="import-help">
        <Title order={3} size="h4" id="import-help" mb="xs">
          {t('units.import.columns')}
        </Title>
        <Text mb="xs">
          <Code>code,name,type,parent_code[,peer_group][,valid_from]</Code>
        </Text>
        <ul style={{ marginTop: 0 }}>
          <li>
            <Code>code</Code> — {t('units.import.col.code')} ({t('units.import.columnsRequired')})
          </li>
          <li>
            <Code>name</Code> — {t('units.import.col.name')} ({t('units.import.columnsRequired')})
          </li>
          <li>
            <Code>type</Code> — {t('units.import.col.type')} ({t('units.import.columnsRequired')})
          </li>
          <li>
            <Code>parent_code</Code> — {t('units.import.col.parent')} ({t('units.import.columnsRequired')})
          </li>
          <li>
            <Code>peer_group</Code> — {t('units.import.col.peerGroup')} ({t('units.import.columnsOptional')})
          </li>
          <li>
            <Code>valid_from</Code> — {t('units.import.col.validFrom')} ({t('units.import.columnsOptional')})
          </li>
        </ul>
        <Title order={3} size="h4" mb="xs">
          {t('units.import.example')}
        </Title>
        <Code block mb="md" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {EXAMPLE}
        </Code>
        <Title order={3} size="h4" mb="xs">
          {t('units.import.types')}
        </Title>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('units.import.typeCode')}</Table.Th>
              <Table.Th scope="col">{t('units.import.typeName')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(types.data?.types ?? []).map((type) => (
              <Table.Tr key={type.code}>
                <Table.Td>
                  <Code>{type.code}</Code>
                </Table.Td>
                <Table.Td>{lang === 'vi' ? type.nameVi : type.nameEn}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
