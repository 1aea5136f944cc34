import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Figure, Figures } from '../../../components/Figure.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { hasRole, PLAN_ROLES } from '../../../nav.ts';
import { PlanStatusBadge, WrapBadge } from '../Badges.tsx';
import { useDoneText } from '../format.ts';
import { planStatusLabel } from '../labels.ts';
import { MyTasks } from '../MyTasks.tsx';
import { PlanLinks } from '../PlanLinks.tsx';
import { usePlanOverview, useReminders } from '../queries.ts';
import { ReminderList } from '../ReminderList.tsx';
import { SourceForm } from '../SourceForm.tsx';
import { PLAN_STATUSES, type PlanStatus, type PlanSummary } from '../types.ts';

const route = getRouteApi('/app/ke-hoach');

/** /ke-hoach — the plans in the user's scope, the province's overview, and the reminders. */
export function PlansPage() {
  return (
    <Guard path="/ke-hoach">
      <Plans />
    </Guard>
  );
}

function Plans() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const go = useNavigate();
  const isPhone = useIsPhone();
  const role = useSession().data?.user.role;
  const canManage = hasRole(role, PLAN_ROLES.manage);
  const [choosing, setChoosing] = useState(false);
  const overview = usePlanOverview(search.unit);
  const reminders = useReminders(search.unit);
  const doneText = useDoneText();
  const plans = (overview.data?.plans ?? []).filter((p) => !search.status || p.status === search.status);
  const totals = overview.data?.totals;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('plans.title')}>{t('plans.title')}</PageTitle>
        {canManage ? <Button onClick={() => setChoosing(true)}>{t('plans.new')}</Button> : null}
      </Group>
      <PlanLinks current="/ke-hoach" />
      <MyTasks />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('plans.filter.label')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <UnitPicker
              label={t('plans.filter.unit')}
              placeholder={t('plans.filter.allUnits')}
              value={search.unit ?? null}
              onChange={(value) =>
                void navigate({ search: (prev) => ({ ...prev, unit: value ?? undefined }), replace: true })
              }
              clearable
            />
            <Select
              label={t('plans.filter.status')}
              placeholder={t('plans.filter.allStatuses')}
              data={PLAN_STATUSES.map((s) => ({ value: s, label: planStatusLabel(t, s) }))}
              value={search.status ?? null}
              onChange={(value) =>
                void navigate({
                  search: (prev) => ({ ...prev, status: (value as PlanStatus | null) ?? undefined }),
                  replace: true,
                })
              }
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        </form>
      </Paper>

      <ErrorAlert error={overview.error} />
      {overview.isPending ? <PendingPage /> : null}
      {totals ? (
        <section aria-labelledby="plans-overview">
          <Title order={2} size="h3" id="plans-overview" mb="sm">
            {t('plans.overview')}
          </Title>
          <Figures>
            <Figure
              label={t('plans.fig.plans')}
              value={number(totals.plans)}
              hint={t('plans.fig.units', { count: number(totals.units) })}
            />
            <Figure
              label={t('plans.fig.byStatus')}
              value={`${number(totals.issued)}/${number(totals.plans)}`}
              hint={t('plans.fig.byStatusHint', {
                draft: number(totals.draft),
                issued: number(totals.issued),
                closed: number(totals.closed),
              })}
            />
            <Figure label={t('plans.fig.tasks')} value={number(totals.tasks.total)} />
            <Figure
              label={t('plans.fig.done')}
              value={
                totals.tasks.total === 0
                  ? t('plans.fig.none')
                  : `${number((100 * totals.tasks.done) / totals.tasks.total, 2)}%`
              }
              hint={t('plans.fig.doneHint', {
                done: number(totals.tasks.done),
                total: number(totals.tasks.total),
              })}
            />
            <Figure
              label={t('plans.fig.progress')}
              value={
                totals.tasks.averageProgress === null
                  ? t('plans.fig.none')
                  : `${number(totals.tasks.averageProgress, 2)}%`
              }
            />
            <Figure label={t('plans.fig.overdue')} value={number(totals.tasks.overdue)} />
          </Figures>
        </section>
      ) : null}

      {overview.data ? (
        <section aria-labelledby="plans-list">
          <Title order={2} size="h3" id="plans-list" mb="sm">
            {t('plans.list')}
          </Title>
          {plans.length === 0 ? (
            <Text role="status">{t('plans.empty')}</Text>
          ) : isPhone ? (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {plans.map((p) => (
                <Paper component="li" withBorder p="sm" key={p.id}>
                  <PlanLink plan={p} />
                  <Text size="sm">
                    {p.unitName} · {t('plans.periodWindow', { period: p.period, window: p.window })}
                  </Text>
                  <Group gap="xs" mt={4}>
                    <PlanStatusBadge status={p.status} />
                    <Text size="sm">{doneText(p.tasks)}</Text>
                    {p.tasks.overdue > 0 ? (
                      <WrapBadge tone="bad">
                        {t('plans.overdueCount', { count: number(p.tasks.overdue) })}
                      </WrapBadge>
                    ) : null}
                  </Group>
                </Paper>
              ))}
            </Stack>
          ) : (
            <Table withTableBorder striped verticalSpacing="xs">
              <caption className="visually-hidden">{t('plans.list')}</caption>
              <TableHead
                columns={[
                  t('plans.col.plan'),
                  t('plans.col.unit'),
                  t('plans.col.period'),
                  t('plans.col.status'),
                  t('plans.col.done'),
                  { label: t('plans.col.progress'), right: true },
                  { label: t('plans.col.overdue'), right: true },
                ]}
              />
              <Table.Tbody>
                {plans.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={400}>
                      <PlanLink plan={p} />
                    </Table.Th>
                    <Table.Td>{p.unitName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('plans.periodWindow', { period: p.period, window: p.window })}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <PlanStatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{doneText(p.tasks)}</Table.Td>
                    <Table.Td ta="right">
                      {p.tasks.averageProgress === null ? '—' : `${number(p.tasks.averageProgress, 2)}%`}
                    </Table.Td>
                    <Table.Td ta="right" fw={p.tasks.overdue > 0 ? 700 : undefined}>
                      {number(p.tasks.overdue)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
      ) : null}

      <section aria-labelledby="plans-reminders">
        <Title order={2} size="h3" id="plans-reminders" mb="sm">
          {t('plans.reminders')}
        </Title>
        <ErrorAlert error={reminders.error} />
        {reminders.data ? <ReminderList data={reminders.data} /> : null}
      </section>

      <Modal
        opened={choosing}
        onClose={() => setChoosing(false)}
        title={t('plans.new.title')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <SourceForm
          initial={{ unit: search.unit }}
          submitLabel={t('plans.source.submit')}
          onCancel={() => setChoosing(false)}
          onSubmit={(source) => {
            setChoosing(false);
            void go({ to: '/ke-hoach/moi', search: source });
          }}
        />
      </Modal>
    </Stack>
  );
}

function PlanLink({ plan }: { plan: PlanSummary }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/ke-hoach/$id" params={{ id: String(plan.id) }} />}
      fw={600}
    >
      {plan.title}
    </Anchor>
  );
}
