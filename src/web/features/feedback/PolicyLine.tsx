import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/index.tsx';
import type { Tracking } from './types.ts';

type Policy = Tracking['deadlinePolicy'];

/**
 * "Thời hạn theo: …" — the rule an item's deadlines follow (stored at reception), with its article
 * when known; an internal target and an unverified source are said plainly, never shown as law.
 */
export function PolicyLine({ policy }: { policy: Policy }) {
  const { t } = useI18n();
  const where = policy.source.article
    ? `${policy.source.document}, ${policy.source.article}`
    : policy.source.document;
  const labels = [
    policy.source.status === 'internal-target' ? t('fb.policy.internal') : null,
    policy.source.status === 'provincial' ? t('fb.policy.provincial') : null,
    policy.source.verified ? null : t('fb.policy.unverified'),
  ].filter((l): l is string => l !== null);
  return (
    <Text size="xs" mt="sm" data-testid="deadline-policy" data-policy={policy.code}>
      {t('fb.policy.line', { where })}
      {labels.length > 0 ? ` (${labels.join('; ')})` : ''}
    </Text>
  );
}
