import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useWaveProgress } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { CodeBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { SURVEY_ROLES } from '../../../nav.ts';
import { QuestionnaireSourceLine } from '../QuestionnaireSourceLine.tsx';
import { useHasRole } from '../useRole.ts';
import { CollectedBar } from '../waves/CollectedBar.tsx';
import { WaveStatus } from '../waves/WaveStatus.tsx';
import { PaperPrint } from './PaperPrint.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { ResponseImport } from './ResponseImport.tsx';

const route = getRouteApi('/app/khao-sat/dot/$waveCode');

/** /khao-sat/dot/:waveCode — a wave's live progress (refreshed every 15 s), posters, file import. */
export function WaveProgressPage() {
  return (
    <Guard path="/khao-sat">
      <WaveProgress />
    </Guard>
  );
}

function WaveProgress() {
  const { t, date, dateTime, number } = useI18n();
  const { waveCode } = route.useParams();
  const progress = useWaveProgress(waveCode);
  const canImport = useHasRole(SURVEY_ROLES.importResponses);
  const wave = progress.data?.wave;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/khao-sat" size="sm">
        ← {t('waves.title')}
      </Anchor>
      <PageTitle title={wave?.title ?? waveCode}>{wave?.title ?? waveCode}</PageTitle>
      <ErrorAlert error={progress.error} />
      {progress.isPending ? <PendingPage /> : null}
      {wave && progress.data ? (
        <>
          <Paper withBorder p="md">
            <Group gap="xs" mb="xs">
              <CodeBadge>{wave.code}</CodeBadge>
              <WaveStatus wave={wave} />
            </Group>
            <dl className="kv">
              <dt>{t('waves.col.questionnaire')}</dt>
              <dd>
                {wave.questionnaire.title} (
                {t('waves.questionnaireVersion', {
                  code: wave.questionnaire.code,
                  version: wave.questionnaire.version,
                })}
                )
                <QuestionnaireSourceLine
                  code={wave.questionnaire.code}
                  version={wave.questionnaire.version}
                />
              </dd>
              <dt>{t('waves.col.period')}</dt>
              <dd>{wave.period}</dd>
              <dt>{t('waves.col.dates')}</dt>
              <dd>
                {date(wave.opensOn)} – {date(wave.closesOn)}
              </dd>
              <dt>{t('waves.col.owner')}</dt>
              <dd>
                {wave.ownerUnit.name} · {t('waves.unitCount', { count: number(wave.unitCount) })}
              </dd>
            </dl>
            <div style={{ marginTop: 12, maxWidth: 420 }}>
              <CollectedBar
                collected={wave.collected}
                target={wave.target}
                label={t('waves.progressOf', { wave: wave.title })}
              />
            </div>
          </Paper>
          <Text size="sm" c="dimmed">
            {t('progress.updated', { time: dateTime(new Date(progress.dataUpdatedAt)) })}
          </Text>
          <PaperPrint waveCode={wave.code} />
          <ProgressTable units={progress.data.units} waveCode={wave.code} />
          {canImport ? (
            <Paper withBorder p="md">
              <ResponseImport questionnaire={wave.questionnaire.code} />
            </Paper>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
