import { Stack, Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useIndexFormat } from '../../surveys/results/format.ts';
import { WrapBadge } from '../Badges.tsx';
import { usePlanEffect } from '../queries.ts';
import type { EffectRow, PlanDetail } from '../types.ts';

/**
 * The effect of the plan: the next period's index beside the plan period's, overall and per
 * criterion, with the change and whether it is statistically significant (Welch z-test, 5%).
 */
export function EffectPanel({ plan }: { plan: PlanDetail }) {
  const { t, lang, number } = useI18n();
  const { pct, points } = useIndexFormat();
  const effect = usePlanEffect(plan.id, true);
  const data = effect.data;

  const significance = (r: EffectRow) => {
    if (r.delta === null) return t('plans.effect.noData');
    const p = r.p !== null ? ` (p = ${number(r.p, 3)})` : '';
    return `${r.significant ? t('plans.effect.significant') : t('plans.effect.notSignificant')}${p}`;
  };
  const note = () => {
    if (!data) return '';
    if (lang === 'vi') return data.note;
    return data.afterResponses > 0
      ? t('plans.effect.noteCompared', { period: data.period, next: data.nextPeriod })
      : t('plans.effect.noteNone', { next: data.nextPeriod });
  };

  return (
    <Stack gap="sm">
      <Text>{t('plans.effect.intro', { period: plan.period, next: plan.window })}</Text>
      <ErrorAlert error={effect.error} />
      {effect.isPending ? <PendingPage /> : null}
      {data ? (
        <>
          <Text role="status" fw={600}>
            {note()}
          </Text>
          {data.afterResponses > 0 ? (
            <Text size="sm">
              {t('plans.effect.responses', { count: number(data.afterResponses) })}
              {data.afterLowSample ? ` ${t('plans.effect.lowSample')}` : ''}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder striped verticalSpacing="xs">
              <caption className="visually-hidden">
                {t('plans.effect.caption', { period: data.period, next: data.nextPeriod })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plans.effect.col.criterion')}</Table.Th>
                  <Table.Th scope="col">{t('plans.effect.col.inPlan')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('plans.effect.col.before', { period: data.period })}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('plans.effect.col.after', { period: data.nextPeriod })}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('plans.effect.col.delta')}
                  </Table.Th>
                  <Table.Th scope="col">{t('plans.effect.col.significance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={r.criterion ?? 'overall'}>
                    <Table.Th scope="row" fw={r.criterion === null ? 700 : 400}>
                      {r.criterion === null ? t('plans.effect.overall') : `${r.criterion}. ${r.title}`}
                    </Table.Th>
                    <Table.Td>
                      {r.criterion === null ? (
                        t('plans.effect.tasks', { done: number(r.tasksDone), total: number(r.tasks) })
                      ) : r.inPlan ? (
                        <WrapBadge tone="info">
                          {t('plans.effect.tasks', { done: number(r.tasksDone), total: number(r.tasks) })}
                        </WrapBadge>
                      ) : (
                        <Text span size="sm">
                          {t('plans.effect.notInPlan')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" className="index-value">
                      {pct(r.before)}
                    </Table.Td>
                    <Table.Td ta="right" className="index-value" fw={700}>
                      {pct(r.after)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.delta === null ? (
                        '—'
                      ) : (
                        <>
                          {r.delta !== 0 ? <span aria-hidden="true">{r.delta > 0 ? '▲ ' : '▼ '}</span> : null}
                          {points(r.delta)}
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text span size="sm" fw={r.significant ? 700 : 400}>
                        {significance(r)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs">{t('plans.effect.method')}</Text>
        </>
      ) : null}
    </Stack>
  );
}
