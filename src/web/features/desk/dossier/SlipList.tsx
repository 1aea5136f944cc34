import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/index.tsx';
import { regimeFormOf, slipLabel } from '../labels.ts';
import { slipUrl } from '../queries.ts';
import type { DeskRegime, IssuedSlip } from '../types.ts';

/**
 * The slips issued, each printable and labelled with its regime's form (number and title from
 * data/regimes); the control sheet at any time.
 */
export function SlipList({
  code,
  slips,
  regime,
}: {
  code: string;
  slips: IssuedSlip[];
  regime: DeskRegime | null;
}) {
  const { t, dateTime } = useI18n();
  const control = regimeFormOf('05', regime);
  return (
    <Stack gap="xs">
      <ul className="slip-list">
        {slips.map((s) => (
          <li key={s.id}>
            <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <div>
                <Text fw={600}>{slipLabel(t, s.form, regime)}</Text>
                <Text size="xs">{t('desk.slip.issued', { at: dateTime(s.issuedAt), by: s.issuedBy })}</Text>
              </div>
              <Anchor
                href={slipUrl(code, s.form)}
                download
                className="tap-link"
                aria-label={t('desk.slip.printLabel', { form: slipLabel(t, s.form, regime) })}
              >
                {t('desk.slip.print')}
              </Anchor>
            </Group>
          </li>
        ))}
      </ul>
      <Anchor href={slipUrl(code, '05')} download className="tap-link">
        {control ? t('desk.slip.controlForm', { code: control.code }) : t('desk.slip.control')}
      </Anchor>
      {regime?.forms.some((f) => !f.verified) ? (
        <Text size="sm">{t('desk.slip.unverified', { circular: regime.circular })}</Text>
      ) : null}
    </Stack>
  );
}
