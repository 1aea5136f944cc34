import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../api/queries.ts';
import { useRoleLabel } from '../../components/AppLayout.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useT } from '../../i18n/index.tsx';
import { pagesFor } from '../../nav.ts';
import { MyTasks } from '../plans/MyTasks.tsx';

/** Tổng quan: a welcome and the user's shortcuts. Later modules add their summaries here. */
export function HomePage() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const user = useSession().data?.user;
  if (!user) return null;
  const shortcuts = pagesFor(user.role).filter((item) => item.hint);
  return (
    <Stack gap="lg">
      <PageTitle title={t('home.title')}>{t('home.welcome', { name: user.displayName })}</PageTitle>
      <Card withBorder padding="md">
        <dl className="kv">
          <dt>{t('home.yourUnit')}</dt>
          <dd>
            {user.unitName} ({user.unitCode})
          </dd>
          <dt>{t('home.yourRole')}</dt>
          <dd>{roleLabel(user.role)}</dd>
        </dl>
      </Card>
      <MyTasks />
      <section aria-labelledby="home-shortcuts">
        <Title order={2} size="h3" id="home-shortcuts" mb="sm">
          {t('home.shortcuts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {shortcuts.map((item) => (
            <Card key={item.to} withBorder padding="md">
              <Anchor component={Link} to={item.to} fw={700} size="lg">
                {t(item.label)}
              </Anchor>
              {item.hint ? (
                <Text size="sm" c="dimmed" mt={4}>
                  {t(item.hint)}
                </Text>
              ) : null}
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
