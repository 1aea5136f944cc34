import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../../../i18n/index.tsx';

/** A corrected result replaced this one: say so, and link to the new one. Both stay public. */
export function SupersededBanner({ supersededById }: { supersededById: number | null }) {
  const t = useT();
  if (supersededById == null) return null;
  return (
    <Alert color="orange" variant="light" role="note" title={t('public.superseded.title')}>
      <Text size="sm" c="dark.9">
        {t('public.superseded.body')}{' '}
        <Anchor
          renderRoot={(props) => <Link {...props} to="/chi-so/$id" params={{ id: String(supersededById) }} />}
          fw={700}
        >
          {t('public.superseded.link')}
        </Anchor>
      </Text>
    </Alert>
  );
}
