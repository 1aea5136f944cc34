import { Code, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { followImportJob, type ImportJob, isImportJob, RESPOND_ASYNC } from '../../api/import-jobs.ts';
import { keys, useUnitTypes } from '../../api/queries.ts';
import type { ImportUnitsResult } from '../../api/types.ts';
import { uploadFile } from '../../api/upload.ts';
import { FileImport } from '../../components/FileImport.tsx';
import { ImportJobProgress } from '../../components/ImportJobProgress.tsx';
import { useI18n } from '../../i18n/index.tsx';

const EXAMPLE = `code,name,type,parent_code,peer_group,valid_from,valid_to,successor_codes
PM01,UBND phường Mới Một,ward,NT,commune,2025-07-01,,
PM02,UBND phường Mới Hai,ward,NT,commune,2025-07-01,,
PC01,UBND phường Cũ Một,ward,NT,commune,2008-01-01,2025-06-30,PM01
PC02,UBND phường Cũ Hai,ward,NT,commune,2008-01-01,2025-06-30,PM01;PM02`;

/**
 * CSV import of units (the shared whole-file import), with the columns, an example and the unit
 * types below it. The server checks and writes the file as a background job; the page shows its
 * progress (lines read, then units stored), and a rejected file lists every bad line.
 */
export function UnitImport() {
  const { t, lang, number } = useI18n();
  const queryClient = useQueryClient();
  const types = useUnitTypes();
  return (
    <FileImport<ImportUnitsResult>
      gap="md"
      labels={{
        title: t('units.import.title'),
        file: t('units.import.file'),
        fileHint: t('units.import.fileHint'),
        chooseFirst: t('units.import.chooseFirst'),
        submit: t('units.import.submit'),
        failedTitle: t('units.import.failedTitle'),
      }}
      intro={<Text>{t('units.import.intro')}</Text>}
      accept=".csv,text/csv"
      send={async (file, progress) => {
        // The server checks and writes in the background and answers with a job; the page follows it.
        const answer = await uploadFile<ImportJob | ImportUnitsResult>({
          path: '/units/import',
          file,
          contentType: 'text/csv',
          headers: RESPOND_ASYNC,
          onProgress: progress.uploading,
        });
        return isImportJob(answer)
          ? await followImportJob<ImportUnitsResult>(answer, (job) =>
              progress.working(<JobProgress job={job} />),
            )
          : answer;
      }}
      afterDone={() => queryClient.invalidateQueries({ queryKey: keys.units })}
      success={(result, file) => t('units.import.success', { count: number(result.imported), file })}
    >
      <section aria-labelledby="import-help">
        <Title order={3} size="h4" id="import-help" mb="xs">
          {t('units.import.columns')}
        </Title>
        <Text mb="xs">
          <Code>code,name,type,parent_code[,peer_group][,valid_from][,valid_to][,successor_codes]</Code>
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
          <li>
            <Code>valid_to</Code> — {t('units.import.col.validTo')} ({t('units.import.columnsOptional')})
          </li>
          <li>
            <Code>successor_codes</Code> — {t('units.import.col.successors')} (
            {t('units.import.columnsOptional')})
          </li>
          <li>
            <Code>predecessor_names</Code>, <Code>status</Code>, <Code>source</Code>, <Code>note</Code> —{' '}
            {t('units.import.col.notes')} ({t('units.import.columnsOptional')})
          </li>
        </ul>
        <Title order={3} size="h4" mb="xs">
          {t('units.import.example')}
        </Title>
        <Text mb="xs">{t('units.import.exampleHelp')}</Text>
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
    </FileImport>
  );
}

/** The job's state in words: waiting for its turn, lines read and checked, units stored. */
function JobProgress({ job }: { job: ImportJob }) {
  const { t, number } = useI18n();
  const text =
    job.state === 'queued'
      ? t('units.import.queued')
      : job.state === 'writing'
        ? t('units.import.writing', { rows: number(job.rows), total: number(job.total ?? 0) })
        : t('units.import.checkingRows', { rows: number(job.rows) });
  return <ImportJobProgress job={job} text={text} />;
}
