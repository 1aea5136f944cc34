import { Alert, AppShell, Box, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Fragment, type ReactNode, useEffect } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import { keys, useRoles, useSession, useUnit } from '../api/queries.ts';
import type { CurrentUser, Role } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { activeItem, navFor } from '../nav.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useIsPhone } from './useIsPhone.ts';

const NAV_ID = 'main-navigation';

/** Role name in the current language (GET /api/v1/roles), falling back to the code. */
export function useRoleLabel(): (role: Role) => string {
  const { lang } = useI18n();
  const roles = useRoles();
  return (role) => roles.data?.roles.find((r) => r.code === role)?.[lang] ?? role;
}

function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await api('/auth/logout', { method: 'POST', expect401: true });
    } catch {
      // already signed out, or offline: forget the session here anyway
    }
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(keys.session, null);
    await navigate({ to: '/dang-nhap', search: {} });
  };
}

function UserSummary({ user, onLogout }: { user: CurrentUser; onLogout: () => void }) {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  return (
    <Group gap="sm" wrap="nowrap" aria-label={t('user.menuLabel')} role="group">
      <Box style={{ minWidth: 0, textAlign: 'right' }}>
        <Text size="sm" fw={600} truncate="end">
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {roleLabel(user.role)} · {user.unitName}
        </Text>
      </Box>
      <Button variant="default" size="xs" onClick={onLogout}>
        {t('user.logout')}
      </Button>
    </Group>
  );
}

/** The shell every signed-in page lives in: header, navigation by role, demo banner, content. */
/** The signed-in shell; its page is the route's (Outlet), or `children` where a route renders the shell itself. */
export function AppLayout({ children }: { children?: ReactNode } = {}) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useIsPhone();
  const session = useSession();
  const user = session.data?.user;
  const unit = useUnit(user?.unitCode);
  const logout = useLogout();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  // Close the phone menu after a navigation.
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, close]);

  if (!user) return null;
  const items = navFor(user.role);
  const active = activeItem(items, pathname);
  const navHidden = isPhone && !opened;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls={NAV_ID}
            />
            <Text
              component={Link}
              to="/"
              fw={800}
              size="xl"
              c="blue.9"
              style={{ textDecoration: 'none', whiteSpace: 'nowrap' }}
            >
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="sm" style={{ minWidth: 0 }}>
              <UserSummary user={user} onLogout={logout} />
            </Box>
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id={NAV_ID}
        aria-label={t('nav.label')}
        inert={navHidden}
        aria-hidden={navHidden || undefined}
      >
        <Box>
          <Stack gap={4}>
            {items.map((item, i) => (
              <Fragment key={item.to}>
                {item.section && items[i - 1]?.section !== item.section ? (
                  <Text size="xs" fw={700} tt="uppercase" c="gray.8" mt="sm" px="sm">
                    {t(item.section)}
                  </Text>
                ) : null}
                <NavLink
                  component={Link}
                  to={item.to}
                  label={t(item.label)}
                  // One current page: the longest match (TanStack would also mark /mot-cua on /mot-cua/tiep-nhan).
                  activeOptions={{ exact: true }}
                  active={item === active}
                  aria-current={item === active ? 'page' : undefined}
                  variant="light"
                  styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
                />
              </Fragment>
            ))}
          </Stack>
        </Box>
        <Box hiddenFrom="sm" mt="lg" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed" mb="sm">
            {user.unitName}
          </Text>
          <Button variant="default" size="sm" onClick={logout} fullWidth>
            {t('user.logout')}
          </Button>
        </Box>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        {unit.data?.demo ? (
          <Alert
            color="yellow"
            variant="light"
            mb="md"
            p="xs"
            role="note"
            className="demo-banner"
            style={{ borderLeft: '4px solid var(--mantine-color-yellow-7)' }}
          >
            <Text size="sm" fw={600} c="dark.9">
              {t('app.demoBanner')}
            </Text>
          </Alert>
        ) : null}
        <Box maw={1100}>{children ?? <Outlet />}</Box>
      </AppShell.Main>
    </AppShell>
  );
}
