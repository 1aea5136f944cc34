import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { vnDate } from '../../../../lib/time.ts';
import { useSession } from '../../../api/queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { DashboardFigures, Figure } from '../../../components/Figure.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { UnitPicker, useUnitOptions } from '../../../components/UnitPicker.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { DeskLinks } from '../DeskLinks.tsx';
import { violationLabel } from '../labels.ts';
import { registerUrl, useDashboard, useViolations } from '../queries.ts';
import type { Dashboard } from '../types.ts';

const route = getRouteApi('/app/mot-cua/tong-hop');
const MONTHS_BACK = 24;

/** "2026-11" of this month, Vietnam time. */
export function currentMonth(now = new Date()): string {
  return vnDate(now).slice(0, 7);
}

/** This month and the 23 before it, newest first, as "Tháng 11/2026". */
function monthOptions(t: Translate, now = new Date()) {
  const [y, m] = currentMonth(now).split('-').map(Number) as [number, number];
  return Array.from({ length: MONTHS_BACK }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const mm = String(month).padStart(2, '0');
    return { value: `${year}-${mm}`, label: t('desk.dash.monthOption', { month: mm, year }) };
  });
}

/** /mot-cua/tong-hop — the leader's month: figures, violations, and the register (Mẫu 06). */
export function DeskDashboardPage() {
  return (
    <Guard path="/mot-cua/tong-hop">
      <DeskDashboard />
    </Guard>
  );
}

function DeskDashboard() {
  const { t, dateTime } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useSession().data?.user;
  const unitOptions = useUnitOptions();
  const month = search.month ?? currentMonth();
  const unitCode = search.unit;
  const months = monthOptions(t);
  if (!months.some((o) => o.value === month)) months.push({ value: month, label: month });
  /** "10/2026", for sentences ("Số liệu tháng 10/2026"). */
  const monthLabel = `${month.slice(5)}/${month.slice(0, 4)}`;
  const dashboard = useDashboard(unitCode, month);
  const violations = useViolations(unitCode, month);
  const registerUnit = unitCode ?? user?.unitCode ?? '';
  const registerUnitName =
    unitOptions.find((o) => o.value === registerUnit)?.label ?? `${user?.unitName ?? ''} (${registerUnit})`;

  return (
    <Stack gap="lg">
      <PageTitle title={t('desk.dash.title')}>{t('desk.dash.title')}</PageTitle>
      <DeskLinks current="/mot-cua/tong-hop" />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('desk.dash.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('desk.dash.month')}
              data={months}
              value={month}
              allowDeselect={false}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, month: value ?? undefined }), replace: true })
              }
              comboboxProps={{ withinPortal: true }}
            />
            <UnitPicker
              label={t('desk.dash.unit')}
              placeholder={t('desk.filter.allUnits')}
              value={unitCode ?? null}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, unit: value ?? undefined }), replace: true })
              }
              clearable
            />
          </SimpleGrid>
        </form>
      </Paper>

      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending ? <PendingPage /> : null}
      {dashboard.data ? <Figures data={dashboard.data} monthLabel={monthLabel} /> : null}

      <Group gap="sm" align="center">
        <Button component="a" href={registerUrl(registerUnit, month)} download variant="default">
          {/* The register's number is the month's regime's (data/regimes): Mẫu 06 of TT 01/2018, Mẫu 07 of TT 03/2025. */}
          {dashboard.data?.register
            ? t('desk.dash.downloadForm', { code: dashboard.data.register.code })
            : t('desk.dash.download')}
        </Button>
        <Text size="sm">{t('desk.dash.downloadHint', { unit: registerUnitName, month: monthLabel })}</Text>
      </Group>

      <section aria-labelledby="desk-violations">
        <Title order={2} size="h3" id="desk-violations" mb="sm">
          {t('desk.dash.register')}
        </Title>
        <ErrorAlert error={violations.error} />
        {violations.data && violations.data.violations.length === 0 ? (
          <Text>{t('desk.dash.noViolations')}</Text>
        ) : null}
        {violations.data && violations.data.violations.length > 0 ? (
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder striped verticalSpacing="xs">
              <caption className="visually-hidden">
                {t('desk.dash.registerCaption', { month: monthLabel })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('desk.dash.col.at')}</Table.Th>
                  <Table.Th scope="col">{t('desk.dash.col.kind')}</Table.Th>
                  <Table.Th scope="col">{t('desk.dash.col.officer')}</Table.Th>
                  <Table.Th scope="col">{t('desk.dash.col.dossier')}</Table.Th>
                  <Table.Th scope="col">{t('desk.dash.col.unit')}</Table.Th>
                  <Table.Th scope="col">{t('desk.dash.col.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {violations.data.violations.map((v) => (
                  <Table.Tr key={`${v.dossier}-${v.kind}-${v.at}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(v.at)}</Table.Td>
                    <Table.Td>{violationLabel(t, v.kind)}</Table.Td>
                    <Table.Td>
                      {v.officerName ? `${v.officerName} (${v.officer})` : t('desk.dash.officerUnknown')}
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/mot-cua/ho-so/$code" params={{ code: v.dossier }} />
                        )}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {v.dossier}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{v.unitName}</Table.Td>
                    <Table.Td>{v.note ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </section>
    </Stack>
  );
}

function Figures({ data, monthLabel }: { data: Dashboard; monthLabel: string }) {
  const { t, number } = useI18n();
  const violations = Object.entries(data.violations);
  const totalViolations = violations.reduce((n, [, count]) => n + count, 0);
  return (
    <DashboardFigures
      id="desk-figures"
      title={t('desk.dash.figures', { month: monthLabel })}
      breakdownTitle={t('desk.dash.violationsByKind')}
      breakdown={violations.map(([kind, count]) => ({
        key: kind,
        label: violationLabel(t, kind),
        count: number(count),
      }))}
      empty={<Text size="sm">{t('desk.dash.noViolations')}</Text>}
    >
      <Figure fz={28} label={t('desk.dash.received')} value={number(data.received)} />
      <Figure fz={28} label={t('desk.dash.early')} value={number(data.early)} />
      <Figure fz={28} label={t('desk.dash.onTime')} value={number(data.onTime)} />
      <Figure fz={28} label={t('desk.dash.late')} value={number(data.late)} />
      <Figure fz={28} label={t('desk.dash.inProgress')} value={number(data.inProgress)} />
      <Figure fz={28} label={t('desk.dash.refused')} value={number(data.refused)} />
      <Figure
        fz={28}
        label={t('desk.dash.onTimeRate')}
        value={data.onTimeRate === null ? t('desk.dash.noRate') : `${number(data.onTimeRate, 2)}%`}
        hint={t('desk.dash.onTimeRateHint')}
      />
      <Figure fz={28} label={t('desk.dash.supplements')} value={number(data.supplements)} />
      <Figure fz={28} label={t('desk.dash.apologies')} value={number(data.apologies)} />
      <Figure fz={28} label={t('desk.dash.violations')} value={number(totalViolations)} />
    </DashboardFigures>
  );
}
