import { Alert, Anchor, Checkbox, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { statusLabel } from '../labels.ts';
import type { PossibleDuplicates } from '../types.ts';

export interface DuplicateAsk {
  unitCode: string | null;
  procedureCode: string | null;
  name: string;
  phone: string;
}

/**
 * The earlier dossiers of the same applicant and procedure at the unit (GET
 * /dossiers/possible-duplicates, 5 working days back), asked once the name has settled.
 */
export function usePossibleDuplicates(ask: DuplicateAsk) {
  const [settled] = useDebouncedValue(ask, 400);
  const name = settled.name.trim();
  const phone = settled.phone.replace(/[\s.]/g, '');
  const enabled = Boolean(settled.unitCode && settled.procedureCode && name.length >= 2);
  return useQuery({
    queryKey: ['dossiers', 'duplicates', settled.unitCode, settled.procedureCode, name, phone],
    queryFn: ({ signal }) =>
      api<PossibleDuplicates>('/dossiers/possible-duplicates', {
        query: {
          unitCode: settled.unitCode ?? '',
          procedureCode: settled.procedureCode ?? '',
          applicantName: name,
          applicantPhone: /^(\+?84|0)\d{9}$/.test(phone) ? phone : undefined,
        },
        signal,
      }),
    enabled,
  });
}

/**
 * The warning at reception: the earlier dossiers, each a link (opened in a new tab, so the form stays
 * filled), and a box the officer ticks to receive anyway. It never blocks for good: ticked, the
 * dossier is received and its first event records the codes the officer saw.
 */
export function DuplicateWarning({
  found,
  acknowledged,
  onAcknowledge,
  error,
}: {
  found: PossibleDuplicates;
  acknowledged: boolean;
  onAcknowledge: (value: boolean) => void;
  error?: string | undefined;
}) {
  const { t, dateTime, number } = useI18n();
  if (found.duplicates.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      title={t('reception.duplicates.title', { days: number(found.windowWorkingDays) })}
      data-testid="duplicate-warning"
    >
      <Text size="sm" mb="xs">
        {t('reception.duplicates.body')}
      </Text>
      <ul className="plain-list">
        {found.duplicates.map((d) => (
          <li key={d.code}>
            <Anchor
              renderRoot={(props) => (
                <Link {...props} to="/mot-cua/ho-so/$code" params={{ code: d.code }} target="_blank" />
              )}
              className="dossier-code"
            >
              {d.code}
            </Anchor>{' '}
            —{' '}
            {t('reception.duplicates.item', {
              at: dateTime(d.receivedAt),
              status: statusLabel(t, d.status, d.statusName),
            })}
          </li>
        ))}
      </ul>
      <Checkbox
        mt="sm"
        data-enter
        data-field="duplicates"
        checked={acknowledged}
        onChange={(e) => onAcknowledge(e.currentTarget.checked)}
        label={t('reception.duplicates.acknowledge')}
        error={error}
      />
    </Alert>
  );
}
