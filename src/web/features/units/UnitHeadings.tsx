import { Badge, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as headings from '../../../modules/units/headings.schema.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useI18n } from '../../i18n/index.tsx';

type UnitHeadings = z.infer<typeof headings.UnitHeadings>;
type UnitHeading = z.infer<typeof headings.UnitHeading>;

/**
 * How the unit heads its documents, over time (GET /units/{code}/headings): the heading in force
 * today — marked "mặc định, đoán từ tên đơn vị" when none is stored — and every stored period with
 * its source. Letters, decisions and slips take the heading valid on their own date.
 */
export function UnitHeadingsSection({ code }: { code: string }) {
  const { t, date } = useI18n();
  const query = useQuery({
    queryKey: ['units', 'headings', code] as const,
    queryFn: ({ signal }) => api<UnitHeadings>(`/units/${encodeURIComponent(code)}/headings`, { signal }),
  });
  if (query.error) return <ErrorAlert error={query.error} />;
  const data = query.data;
  if (!data) return null;
  const lines = (h: UnitHeading) => [h.parentAgency, h.issuingAgency].filter(Boolean).join('\n');
  const period = (h: UnitHeading) =>
    h.validFrom === null
      ? ''
      : h.validTo
        ? t('units.detail.periodClosed', { from: date(h.validFrom), to: date(h.validTo) })
        : t('units.detail.periodOpen', { from: date(h.validFrom) });
  return (
    <Stack gap="xs" component="section" aria-labelledby={`headings-${code}`}>
      <Title order={3} size="h5" id={`headings-${code}`}>
        {t('units.headings.title')}
      </Title>
      <Text size="sm">
        {t('units.headings.today', { date: date(data.date) })}:{' '}
        <Text span fw={600} style={{ whiteSpace: 'pre-line' }}>
          {lines(data.current)}
        </Text>
        {data.current.fallback ? (
          <Badge ml="xs" color="yellow" variant="light" c="dark.9">
            {t('units.headings.fallback')}
          </Badge>
        ) : null}
      </Text>
      {data.headings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('units.headings.none')}
        </Text>
      ) : (
        // A card per period rather than a table: the drawer is narrow, and a phone must not scroll sideways.
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.headings.map((h) => (
            <Card component="li" key={h.validFrom ?? ''} withBorder padding="xs">
              <Text size="sm" fw={600}>
                {period(h)}
              </Text>
              <dl className="kv">
                <dt>{t('units.headings.issuer')}</dt>
                <dd style={{ whiteSpace: 'pre-line' }}>{lines(h)}</dd>
                <dt>{t('units.headings.place')}</dt>
                <dd>{h.place}</dd>
                {h.deskName ? (
                  <>
                    <dt>{t('units.headings.desk')}</dt>
                    <dd>{h.deskName}</dd>
                  </>
                ) : null}
                <dt>{t('units.headings.source')}</dt>
                <dd style={{ overflowWrap: 'anywhere' }}>{h.source}</dd>
              </dl>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
