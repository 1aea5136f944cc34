import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { followImportJob, type ImportJob, isImportJob, RESPOND_ASYNC } from '../../../api/import-jobs.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { ImportResponsesResult } from '../../../api/survey-types.ts';
import { uploadFile } from '../../../api/upload.ts';
import { FileImport } from '../../../components/FileImport.tsx';
import { ImportJobProgress } from '../../../components/ImportJobProgress.tsx';
import { useI18n } from '../../../i18n/index.tsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Responses collected elsewhere (the post office, another system), as a CSV or XLSX file sent
 * whole; the server checks every line and imports all or nothing, like the units import.
 */
export function ResponseImport({ questionnaire }: { questionnaire: string }) {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  return (
    <FileImport<ImportResponsesResult>
      gap="sm"
      labels={{
        title: t('responsesImport.title'),
        file: t('responsesImport.file'),
        fileHint: t('responsesImport.fileHint'),
        chooseFirst: t('responsesImport.chooseFirst'),
        submit: t('responsesImport.submit'),
        failedTitle: t('responsesImport.failedTitle'),
      }}
      intro={<Text size="sm">{t('responsesImport.intro', { questionnaire })}</Text>}
      accept={`.csv,.xlsx,text/csv,${XLSX}`}
      send={async (file, progress) => {
        const query = new URLSearchParams({ questionnaire, channel: 'import' });
        // The server imports in the background and answers with a job; the page follows its progress.
        const answer = await uploadFile<ImportJob | ImportResponsesResult>({
          path: `/surveys/responses/import?${query}`,
          file,
          contentType: /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv',
          headers: RESPOND_ASYNC,
          onProgress: progress.uploading,
        });
        return isImportJob(answer)
          ? await followImportJob<ImportResponsesResult>(answer, (job) =>
              progress.working(<JobProgress job={job} />),
            )
          : answer;
      }}
      afterDone={() => queryClient.invalidateQueries({ queryKey: surveyKeys.all })}
      success={(result, file) => (
        <>
          {t('responsesImport.success', { count: number(result.imported), file })}
          <ul className="line-errors">
            {Object.entries(result.units).map(([code, n]) => (
              <li key={code}>{t('responsesImport.perUnit', { code, count: number(n) })}</li>
            ))}
          </ul>
        </>
      )}
    />
  );
}

/** What the server is doing with the file: reading and checking it, then storing its rows. */
function JobProgress({ job }: { job: ImportJob }) {
  const { t, number } = useI18n();
  const text =
    job.state === 'queued'
      ? t('responsesImport.queued')
      : job.state === 'writing'
        ? t('responsesImport.writing', { rows: number(job.rows), total: number(job.total ?? 0) })
        : t('responsesImport.checking', { rows: number(job.rows) });
  return <ImportJobProgress job={job} text={text} />;
}
