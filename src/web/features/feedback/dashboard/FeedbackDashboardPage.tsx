import { Anchor, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { vnDate } from '../../../../lib/time.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { DashboardFigures, Figure } from '../../../components/Figure.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { FeedbackLinks } from '../FeedbackLinks.tsx';
import { statusLabel } from '../labels.ts';
import { useFeedbackDashboard, useOfficerComplaints } from '../queries.ts';
import { FEEDBACK_STATUSES, type FeedbackDashboard, type OfficerComplaint } from '../types.ts';

const route = getRouteApi('/app/phan-anh-xu-ly/tong-hop');
/** The server's default: an officer named in this many verified complaints is flagged. */
const DEFAULT_MIN = 3;

/** Years, quarters and months to choose from (Vietnam time), newest first. */
export function periodOptions(t: Translate, now = new Date()) {
  const [y, m] = vnDate(now).slice(0, 7).split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const years = [y, y - 1, y - 2].map((year) => ({
    value: String(year),
    label: t('fb.dash.yearOption', { year }),
  }));
  const quarters = Array.from({ length: 8 }, (_, i) => {
    const index = y * 4 + q - i;
    const year = Math.floor(index / 4);
    const quarter = (index % 4) + 1;
    return { value: `${year}-Q${quarter}`, label: t('fb.dash.quarterOption', { quarter, year }) };
  });
  const months = Array.from({ length: 24 }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const mm = String((index % 12) + 1).padStart(2, '0');
    return { value: `${year}-${mm}`, label: t('fb.dash.monthOption', { month: mm, year }) };
  });
  return [
    { group: t('fb.dash.years'), items: years },
    { group: t('fb.dash.quarters'), items: quarters },
    { group: t('fb.dash.months'), items: months },
  ];
}

/** /phan-anh-xu-ly/tong-hop — the leader's view: figures of a period, states, overdue, officers named. */
export function FeedbackDashboardPage() {
  return (
    <Guard path="/phan-anh-xu-ly/tong-hop">
      <FeedbackDashboardView />
    </Guard>
  );
}

function FeedbackDashboardView() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const options = periodOptions(t);
  const period = search.period ?? vnDate(new Date()).slice(0, 4);
  const min = search.min ?? DEFAULT_MIN;
  const label = options.flatMap((g) => g.items).find((o) => o.value === period)?.label ?? period;
  if (!options.some((g) => g.items.some((o) => o.value === period))) {
    options[0]?.items.push({ value: period, label: period });
  }
  const dashboard = useFeedbackDashboard(search.unit, period, min);
  const officers = useOfficerComplaints(search.unit, period, min);

  return (
    <Stack gap="lg">
      <PageTitle title={t('fb.dash.title')}>{t('fb.dash.title')}</PageTitle>
      <FeedbackLinks current="/phan-anh-xu-ly/tong-hop" />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('fb.dash.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('fb.dash.period')}
              data={options}
              value={period}
              allowDeselect={false}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, period: value ?? undefined }), replace: true })
              }
              comboboxProps={{ withinPortal: true }}
            />
            <UnitPicker
              label={t('fb.dash.unit')}
              placeholder={t('fb.filter.allUnits')}
              value={search.unit ?? null}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, unit: value ?? undefined }), replace: true })
              }
              clearable
            />
            <NumberInput
              label={t('fb.dash.min')}
              description={t('fb.dash.minHint')}
              value={min}
              min={1}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              onChange={(value) => {
                const n = typeof value === 'number' ? value : Number(value);
                if (Number.isInteger(n) && n >= 1 && n <= 100) {
                  void navigate({
                    search: (prev) => ({ ...prev, min: n === DEFAULT_MIN ? undefined : n }),
                    replace: true,
                  });
                }
              }}
            />
          </SimpleGrid>
        </form>
      </Paper>

      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending ? <PendingPage /> : null}
      {dashboard.data ? <Figures data={dashboard.data} label={label} /> : null}

      <section aria-labelledby="fb-officers">
        <Title order={2} size="h3" id="fb-officers" mb="xs">
          {t('fb.dash.officers')}
        </Title>
        <Text size="sm" mb="sm">
          {t('fb.dash.officersIntro', { min })}
        </Text>
        <ErrorAlert error={officers.error} />
        {officers.data ? <OfficerTable officers={officers.data.officers} label={label} /> : null}
      </section>
    </Stack>
  );
}

function Figures({ data, label }: { data: FeedbackDashboard; label: string }) {
  const { t, number } = useI18n();
  const f = data.figures;
  const share = (v: number | null) => (v === null ? t('fb.dash.noShare') : `${number(v * 100, 2)}%`);
  return (
    <DashboardFigures
      id="fb-figures"
      title={t('fb.dash.figures', { period: label })}
      breakdownTitle={t('fb.dash.byStatus')}
      breakdown={FEEDBACK_STATUSES.map((s) => ({
        key: s,
        label: statusLabel(t, s),
        count: number(data.byStatus[s] ?? 0),
      }))}
      note={
        <Text size="xs" mt={4}>
          {t('fb.dash.byStatusHint')}
        </Text>
      }
    >
      <Figure fz={28} label={t('fb.dash.received')} value={number(f.received)} />
      <Figure fz={28} label={t('fb.dash.answered')} value={number(f.answered)} />
      <Figure fz={28} label={t('fb.dash.answeredOnTime')} value={number(f.answeredOnTime)} />
      <Figure
        fz={28}
        label={t('fb.dash.onTimeShare')}
        value={share(f.onTimeShare)}
        hint={t('fb.dash.onTimeShareHint')}
      />
      <Figure fz={28} label={t('fb.dash.reopened')} value={number(f.reopened)} />
      <Figure fz={28} label={t('fb.dash.satisfied')} value={number(f.satisfied)} />
      <Figure fz={28} label={t('fb.dash.dissatisfied')} value={number(f.dissatisfied)} />
      <Figure
        fz={28}
        label={t('fb.dash.satisfiedShare')}
        value={share(f.satisfiedShare)}
        hint={t('fb.dash.satisfiedShareHint')}
      />
      <Figure
        fz={28}
        label={t('fb.dash.overdue')}
        value={number(data.overdue)}
        hint={t('fb.dash.overdueHint')}
      />
    </DashboardFigures>
  );
}

function OfficerTable({ officers, label }: { officers: OfficerComplaint[]; label: string }) {
  const { t, number } = useI18n();
  if (officers.length === 0) return <Text>{t('fb.dash.noOfficers')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{t('fb.dash.officersCaption', { period: label })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fb.dash.col.officer')}</Table.Th>
            <Table.Th scope="col">{t('fb.dash.col.unit')}</Table.Th>
            <Table.Th scope="col">{t('fb.dash.col.complaints')}</Table.Th>
            <Table.Th scope="col">{t('fb.dash.col.items')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {officers.map((o) => (
            <Table.Tr key={o.username}>
              <Table.Th scope="row" fw={600}>
                {o.displayName} ({o.username})
              </Table.Th>
              <Table.Td>{o.unitCode}</Table.Td>
              <Table.Td>
                <Text span fw={700} mr="xs">
                  {number(o.complaints)}
                </Text>
                {o.flagged ? <StatusBadge tone="bad">{t('fb.dash.flagged')}</StatusBadge> : null}
              </Table.Td>
              <Table.Td>
                {o.items.map((code, i) => (
                  <span key={code}>
                    {i ? ', ' : ''}
                    <Anchor
                      renderRoot={(props) => <Link {...props} to="/phan-anh-xu-ly/$code" params={{ code }} />}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {code}
                    </Anchor>
                  </span>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
