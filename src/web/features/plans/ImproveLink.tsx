import { Button, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../api/queries.ts';
import { useT } from '../../i18n/index.tsx';
import { hasRole, PLAN_ROLES } from '../../nav.ts';

/**
 * "Lập kế hoạch cải thiện" from a unit's result: to the plan draft for that unit and index. Shown to
 * whoever may draft plans, and to visitors not signed in (the sign-in page brings them back).
 */
export function ImproveLink({
  unit,
  questionnaire,
  period,
  publication,
}: {
  unit: string;
  questionnaire: string;
  period: string;
  publication?: number | undefined;
}) {
  const t = useT();
  const session = useSession();
  if (session.isPending) return null;
  const signedIn = Boolean(session.data);
  if (signedIn && !hasRole(session.data?.user.role, PLAN_ROLES.manage)) return null;
  return (
    <Group gap="sm" align="center">
      <Button
        renderRoot={(props) => (
          <Link
            {...props}
            to="/ke-hoach/moi"
            search={{ unit, questionnaire, period, ...(publication ? { publication } : {}) }}
          />
        )}
        variant="light"
      >
        {t('plans.improve')}
      </Button>
      {signedIn ? null : <Text size="sm">{t('plans.improveHint')}</Text>}
    </Group>
  );
}
