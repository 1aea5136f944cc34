import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/index.tsx';
import { slipLabel } from '../labels.ts';
import { slipUrl } from '../queries.ts';
import type { IssuedSlip } from '../types.ts';

/** The slips issued (Mẫu 01–04, the invitation), each printable; the control sheet at any time. */
export function SlipList({ code, slips, ruleSet }: { code: string; slips: IssuedSlip[]; ruleSet: string }) {
  const { t, dateTime } = useI18n();
  return (
    <Stack gap="xs">
      <ul className="slip-list">
        {slips.map((s) => (
          <li key={s.id}>
            <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <div>
                <Text fw={600}>{slipLabel(t, s.form, ruleSet)}</Text>
                <Text size="xs">{t('desk.slip.issued', { at: dateTime(s.issuedAt), by: s.issuedBy })}</Text>
              </div>
              <Anchor
                href={slipUrl(code, s.form)}
                download
                className="tap-link"
                aria-label={t('desk.slip.printLabel', { form: slipLabel(t, s.form, ruleSet) })}
              >
                {t('desk.slip.print')}
              </Anchor>
            </Group>
          </li>
        ))}
      </ul>
      <Anchor href={slipUrl(code, '05')} download className="tap-link">
        {t(ruleSet === 'ND118-2025' ? 'desk.slip.ND118.control' : 'desk.slip.control')}
      </Anchor>
    </Stack>
  );
}
