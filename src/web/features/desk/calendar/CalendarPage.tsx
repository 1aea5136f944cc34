import { Alert, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { z } from 'zod';
import { vnDate } from '../../../../lib/time.ts';
import type * as calendar from '../../../../modules/calendar/calendar.schema.ts';
import { api } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DeskLinks } from '../DeskLinks.tsx';

const route = getRouteApi('/app/mot-cua/lich-nghi');
/** The first year the product's data reaches (the seeds' first wave). */
const FIRST_YEAR = 2017;

type YearCalendar = z.infer<typeof calendar.YearCalendar>;

const TONE = { official: 'ok', unverified: 'warn', computed: 'warn' } as const;

/** /mot-cua/lich-nghi — the days off and make-up days the desk counts with, and how sure they are. */
export function CalendarPage() {
  return (
    <Guard path="/mot-cua/lich-nghi">
      <CalendarView />
    </Guard>
  );
}

function CalendarView() {
  const { t, date } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisYear = Number(vnDate(new Date()).slice(0, 4));
  const year = search.year ?? thisYear;
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => String(thisYear + 1 - i));
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api<YearCalendar>(`/calendar/${year}`, { signal }),
  });
  const data = calendar.data;
  return (
    <Stack gap="md">
      <PageTitle title={t('nav.deskCalendar')}>{t('nav.deskCalendar')}</PageTitle>
      <DeskLinks current="/mot-cua/lich-nghi" />
      <Select
        label={t('desk.calendar.year')}
        data={years}
        value={String(year)}
        onChange={(value) => value && navigate({ search: { year: Number(value) } })}
        allowDeselect={false}
        w={160}
      />
      <ErrorAlert error={calendar.error} />
      {calendar.isPending ? <PendingPage /> : null}
      {data ? (
        <>
          <div>
            <StatusBadge tone={TONE[data.status]}>{t(`desk.calendar.status.${data.status}`)}</StatusBadge>
          </div>
          {data.status === 'official' ? null : (
            <Alert color="yellow" variant="light" title={t(`desk.calendar.status.${data.status}`)}>
              {t(`desk.calendar.explain.${data.status}`)}
            </Alert>
          )}
          {data.notices.length > 0 ? (
            <Stack gap={4}>
              <Title order={2} size="h4">
                {t('desk.calendar.notices')}
              </Title>
              {data.notices.map((n) => (
                <Text key={`${n.number}${n.subject}`} size="sm">
                  {n.number ?? t('desk.calendar.noNumber')}
                  {n.date ? ` (${date(n.date)})` : ''} — {n.issuer}: {n.subject}
                </Text>
              ))}
            </Stack>
          ) : null}
          {data.proposed.map((p) => (
            <Alert
              key={p.date}
              color="blue"
              variant="light"
              title={t('desk.calendar.proposed', { name: p.name, date: date(p.date) })}
            >
              {p.note}
            </Alert>
          ))}
          <DayTable title={t('desk.calendar.daysOff')} days={data.daysOff} />
          <DayTable title={t('desk.calendar.workingDays')} days={data.workingDays} />
        </>
      ) : null}
    </Stack>
  );
}

function DayTable({ title, days }: { title: string; days: { date: string; name: string }[] }) {
  const { t, date } = useI18n();
  return (
    <Stack gap={4}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {days.length === 0 ? (
        <Text size="sm">{t('desk.calendar.none')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('desk.calendar.date')}</Table.Th>
              <Table.Th>{t('desk.calendar.name')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>{date(d.date)}</Table.Td>
                <Table.Td>{d.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
