import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { vnDate } from '../../../../lib/time.ts';
import { useSession } from '../../../api/queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Figure, Figures } from '../../../components/Figure.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { useIndexFormat } from '../../surveys/results/format.ts';
import { useDoneText } from '../format.ts';
import { parseReportPeriod, planStatusLabel, type ReportKind, reportPeriodLabel } from '../labels.ts';
import { PlanLinks } from '../PlanLinks.tsx';
import { reportUrl, useReport } from '../queries.ts';
import type { PeriodicReport } from '../types.ts';

const route = getRouteApi('/app/bao-cao');
const KINDS: ReportKind[] = ['month', 'quarter', 'half', 'year'];

/** The last finished quarter (Vietnam time): a sensible first report. */
function defaultPeriod(now = new Date()): string {
  const [y, m] = vnDate(now).split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  return q === 0 ? `${y - 1}-Q4` : `${y}-Q${q}`;
}

function partOptions(t: Translate, kind: ReportKind) {
  if (kind === 'month')
    return Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1),
      label: t('reports.month', { n: i + 1 }),
    }));
  if (kind === 'quarter')
    return [1, 2, 3, 4].map((n) => ({ value: String(n), label: t('reports.quarter', { n }) }));
  if (kind === 'half')
    return [
      { value: '1', label: t('reports.half.1') },
      { value: '2', label: t('reports.half.2') },
    ];
  return [];
}

/** /bao-cao — periodic reports (month, quarter, 6 months, year) of a unit or a province. */
export function ReportsPage() {
  return (
    <Guard path="/bao-cao">
      <Reports />
    </Guard>
  );
}

function Reports() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useSession().data?.user;
  const period = search.period ?? defaultPeriod();
  const parsed = parseReportPeriod(period) ?? { kind: 'quarter' as const, year: 2026, part: 1 };
  const unitCode = search.unit ?? user?.unitCode;
  const report = useReport(unitCode, period);
  const thisYear = Number(vnDate(new Date()).slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  if (!years.includes(String(parsed.year))) years.push(String(parsed.year));
  const setPeriod = (kind: ReportKind, year: number, part: number) =>
    void navigate({
      search: (prev) => ({ ...prev, period: reportPeriodLabel(kind, year, part) }),
      replace: true,
    });
  const partMax = { month: 12, quarter: 4, half: 2, year: 1 } as const;

  return (
    <Stack gap="lg">
      <PageTitle title={t('reports.title')}>{t('reports.title')}</PageTitle>
      <PlanLinks current="/bao-cao" />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filter.label')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <UnitPicker
              label={t('reports.filter.unit')}
              value={unitCode ?? null}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, unit: value ?? undefined }), replace: true })
              }
            />
            <Select
              label={t('reports.filter.kind')}
              data={KINDS.map((k) => ({ value: k, label: t(`reports.kind.${k}`) }))}
              value={parsed.kind}
              onChange={(value) => {
                const kind = (value as ReportKind | null) ?? parsed.kind;
                setPeriod(kind, parsed.year, Math.min(parsed.part, partMax[kind]));
              }}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('reports.filter.year')}
              data={years}
              value={String(parsed.year)}
              onChange={(value) => setPeriod(parsed.kind, Number(value ?? parsed.year), parsed.part)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            {parsed.kind !== 'year' ? (
              <Select
                label={t(`reports.filter.part.${parsed.kind}`)}
                data={partOptions(t, parsed.kind)}
                value={String(parsed.part)}
                onChange={(value) => setPeriod(parsed.kind, parsed.year, Number(value ?? parsed.part))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            ) : null}
          </SimpleGrid>
        </form>
      </Paper>

      <Group gap="sm">
        <Button component="a" href={reportUrl(unitCode, period, 'docx')} download variant="default">
          {t('reports.download.docx')}
        </Button>
        <Button component="a" href={reportUrl(unitCode, period, 'xlsx')} download variant="default">
          {t('reports.download.xlsx')}
        </Button>
      </Group>

      <ErrorAlert error={report.error} />
      {report.isPending ? <PendingPage /> : null}
      {report.data ? <ReportView report={report.data} /> : null}
    </Stack>
  );
}

function ReportView({ report }: { report: PeriodicReport }) {
  const { t, lang, number, date } = useI18n();
  const { pct } = useIndexFormat();
  const doneText = useDoneText();
  const d = report.dossiers.totals;
  const f = report.feedback;
  const p = report.plans.totals;
  const share = (value: number | null) =>
    value === null ? t('plans.fig.none') : `${number(100 * value, 2)}%`;
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {t('reports.heading', {
            unit: report.unit.name,
            period: lang === 'vi' ? report.period.title : report.period.label,
          })}
        </Title>
        <Text size="sm">
          {t('reports.range', {
            from: date(report.period.start),
            to: date(report.period.end),
            on: date(report.generatedOn),
          })}
        </Text>
      </div>

      <section aria-labelledby="report-surveys">
        <Title order={3} size="h4" id="report-surveys" mb="sm">
          {t('reports.surveys')}
        </Title>
        {report.surveys.length === 0 ? (
          <Text>{t('reports.surveys.none')}</Text>
        ) : (
          <Stack gap="md">
            {report.surveys.map((s) => {
              const own = s.own ? s.units.find((u) => u.code === s.own) : undefined;
              return (
                <Paper withBorder p="sm" key={`${s.questionnaire}-${s.period}`}>
                  <Text fw={700}>
                    {s.title} ({s.questionnaire}) · {s.period}
                  </Text>
                  <Text size="sm">
                    {t('reports.surveys.summary', {
                      units: number(s.summary.units),
                      mean: pct(s.summary.meanOverall),
                      under: number(s.summary.underTarget),
                    })}
                  </Text>
                  {own ? (
                    <Text size="sm" fw={600}>
                      {t('reports.surveys.own', {
                        index: pct(own.overall),
                        rank: own.rank === null ? '—' : `${own.rank}/${own.rankOf}`,
                      })}
                    </Text>
                  ) : null}
                  {s.units.length > 1 ? (
                    <Table.ScrollContainer minWidth={560} mt="xs">
                      <Table withTableBorder striped verticalSpacing={4}>
                        <caption className="visually-hidden">
                          {t('reports.surveys.caption', { questionnaire: s.questionnaire, period: s.period })}
                        </caption>
                        <TableHead
                          columns={[
                            t('index.col.rank'),
                            t('index.col.unit'),
                            { label: t('index.col.overall'), right: true },
                            { label: t('index.col.responses'), right: true },
                          ]}
                        />
                        <Table.Tbody>
                          {[...s.units]
                            .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))
                            .map((u) => (
                              <Table.Tr key={u.code}>
                                <Table.Td>{u.rank === null ? '—' : `${u.rank}/${u.rankOf}`}</Table.Td>
                                <Table.Th scope="row" fw={400}>
                                  {u.name}
                                </Table.Th>
                                <Table.Td ta="right" className="index-value">
                                  {pct(u.overall)}
                                </Table.Td>
                                <Table.Td ta="right">{number(u.responses)}</Table.Td>
                              </Table.Tr>
                            ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  ) : null}
                </Paper>
              );
            })}
          </Stack>
        )}
      </section>

      <section aria-labelledby="report-dossiers">
        <Title order={3} size="h4" id="report-dossiers" mb="sm">
          {t('reports.dossiers')}
        </Title>
        <Figures>
          <Figure label={t('desk.dash.received')} value={number(d.received)} />
          <Figure label={t('desk.dash.early')} value={number(d.early)} />
          <Figure label={t('desk.dash.onTime')} value={number(d.onTime)} />
          <Figure label={t('desk.dash.late')} value={number(d.late)} />
          <Figure label={t('desk.dash.refused')} value={number(d.refused)} />
          <Figure
            label={t('desk.dash.onTimeRate')}
            value={d.onTimeRate === null ? t('plans.fig.none') : `${number(d.onTimeRate, 2)}%`}
          />
        </Figures>
        {report.dossiers.months.length > 1 ? (
          <Table.ScrollContainer minWidth={560} mt="sm">
            <Table withTableBorder striped verticalSpacing={4}>
              <caption className="visually-hidden">{t('reports.dossiers.caption')}</caption>
              <TableHead
                columns={[
                  t('reports.col.month'),
                  { label: t('desk.dash.received'), right: true },
                  { label: t('desk.dash.early'), right: true },
                  { label: t('desk.dash.onTime'), right: true },
                  { label: t('desk.dash.late'), right: true },
                  { label: t('desk.dash.onTimeRate'), right: true },
                ]}
              />
              <Table.Tbody>
                {report.dossiers.months.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row" fw={400}>
                      {`${m.month.slice(5)}/${m.month.slice(0, 4)}`}
                    </Table.Th>
                    <Table.Td ta="right">{number(m.received)}</Table.Td>
                    <Table.Td ta="right">{number(m.early)}</Table.Td>
                    <Table.Td ta="right">{number(m.onTime)}</Table.Td>
                    <Table.Td ta="right">{number(m.late)}</Table.Td>
                    <Table.Td ta="right">
                      {m.onTimeRate === null ? '—' : `${number(m.onTimeRate, 2)}%`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </section>

      <section aria-labelledby="report-feedback">
        <Title order={3} size="h4" id="report-feedback" mb="sm">
          {t('reports.feedback')}
        </Title>
        {f ? (
          <Figures>
            <Figure label={t('reports.feedback.received')} value={number(f.received)} />
            <Figure label={t('reports.feedback.answered')} value={number(f.answered)} />
            <Figure label={t('reports.feedback.onTime')} value={share(f.onTimeShare)} />
            <Figure label={t('reports.feedback.satisfied')} value={share(f.satisfiedShare)} />
            <Figure label={t('reports.feedback.reopened')} value={number(f.reopened)} />
          </Figures>
        ) : (
          <Text>{t('reports.feedback.none')}</Text>
        )}
      </section>

      <section aria-labelledby="report-plans">
        <Title order={3} size="h4" id="report-plans" mb="sm">
          {t('reports.plans')}
        </Title>
        <Text size="sm" mb="xs">
          {t('reports.plans.summary', {
            plans: number(p.plans),
            units: number(p.units),
            draft: number(p.draft),
            issued: number(p.issued),
            closed: number(p.closed),
            overdue: number(p.tasks.overdue),
          })}
        </Text>
        {report.plans.plans.length ? (
          <ul className="plain-list">
            {report.plans.plans.map((plan) => (
              <li key={plan.id}>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/ke-hoach/$id" params={{ id: String(plan.id) }} />
                  )}
                >
                  {plan.title}
                </Anchor>{' '}
                — {planStatusLabel(t, plan.status)}, {doneText(plan.tasks)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </Stack>
  );
}
