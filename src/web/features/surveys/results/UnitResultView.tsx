import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { UnitIndex } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { ChangeText } from './ChangeText.tsx';
import { CriteriaTable } from './CriteriaTable.tsx';
import { useIndexFormat } from './format.ts';
import { GapText } from './GapText.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { IntervalBar } from './IntervalBar.tsx';
import { LeftOutNote } from './LeftOutNote.tsx';
import { usePeerGroupLabel } from './peerGroups.ts';
import { QuestionDistribution } from './QuestionDistribution.tsx';

// ECharts is large: the chart comes in its own chunk, after the figures (which are also in the table).
const CriteriaChart = lazy(() => import('./CriteriaChart.tsx').then((m) => ({ default: m.CriteriaChart })));

/**
 * One unit's result: the overall index with its interval, rank and target; the criteria as a
 * chart and a table; how each question was answered. Shared by the officers' explorer and the
 * public result page. `headingLevel` is the level of this view's section headings.
 */
export function UnitResultView({ unit, headingLevel = 2 }: { unit: UnitIndex; headingLevel?: 2 | 3 }) {
  const { t, number } = useI18n();
  const { pct } = useIndexFormat();
  const peerLabel = usePeerGroupLabel();
  const { overall } = unit;
  return (
    <Stack gap="lg">
      {unit.lowSample ? (
        <Alert color="yellow" variant="light" role="note">
          <Text size="sm" c="dark.9">
            {t('index.lowSampleNote', { count: number(unit.responses) })}
          </Text>
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('index.overall')}
        </Text>
        <Text fz={36} fw={800} lh={1.1} c="blue.9">
          {pct(overall.index)}
        </Text>
        <IntervalBar
          index={overall.index}
          ciLow={overall.ciLow}
          ciHigh={overall.ciHigh}
          target={overall.target}
          gap={overall.gap}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} mt="sm" spacing="xs">
          <dl className="kv">
            <dt>{t('index.col.interval')}</dt>
            <dd>
              {overall.ciLow != null && overall.ciHigh != null
                ? `${pct(overall.ciLow)} – ${pct(overall.ciHigh)}`
                : t('index.na')}
            </dd>
            <dt>{t('index.col.rank')}</dt>
            <dd>
              {unit.rank == null
                ? t('index.na')
                : t('index.rankIn', { rank: unit.rank, of: unit.rankOf, group: peerLabel(unit.peerGroup) })}
            </dd>
            <dt>{t('index.col.responses')}</dt>
            <dd>
              {number(unit.responses)}
              <LeftOutNote units={[unit]} />
            </dd>
          </dl>
          <dl className="kv">
            <dt>{t('index.col.target')}</dt>
            <dd>{overall.target == null ? t('index.noTarget') : pct(overall.target)}</dd>
            <dt>{t('index.col.gap')}</dt>
            <dd>{overall.gap == null ? t('index.na') : <GapText gap={overall.gap} />}</dd>
            {overall.change !== undefined ? (
              <>
                <dt>{t('index.col.change')}</dt>
                <dd>
                  <ChangeText change={overall.change} />
                </dd>
              </>
            ) : null}
          </dl>
        </SimpleGrid>
      </Paper>

      <HistoryTable unit={unit} headingLevel={headingLevel} />

      <section>
        <Title order={headingLevel} size="h3" mb="xs">
          {t('index.criteria')}
        </Title>
        <Suspense fallback={null}>
          <CriteriaChart criteria={unit.criteria} />
        </Suspense>
        <CriteriaTable
          criteria={unit.criteria}
          caption={t('index.criteriaCaption', { unit: unit.name ?? unit.unit })}
        />
      </section>

      <section>
        <Title order={headingLevel} size="h3" mb="xs">
          {t('index.distributions')}
        </Title>
        <Stack gap="xs">
          {unit.criteria.map((c) => (
            <details key={c.code} className="criterion-details">
              <summary>
                <Text span fw={600}>
                  {c.code}. {c.title} — {pct(c.index)}
                </Text>
              </summary>
              <Stack gap="sm" mt="xs">
                {c.questions.map((q) => (
                  <QuestionDistribution key={q.code} question={q} />
                ))}
              </Stack>
            </details>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
