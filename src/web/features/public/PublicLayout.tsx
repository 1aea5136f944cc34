import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useT } from '../../i18n/index.tsx';
import { usePublicSite } from './public-queries.ts';

/** The public pages every header and footer links to, in this order. */
const PUBLIC_LINKS = [
  { to: '/', label: 'public.nav.home' },
  { to: '/tra-cuu', label: 'public.nav.dossier' },
  { to: '/phan-anh', label: 'public.nav.feedback' },
  { to: '/chi-so', label: 'public.nav.index' },
  { to: '/thu-tuc', label: 'public.nav.procedures' },
] as const;

function PublicLinks({ label }: { label: string }) {
  const t = useT();
  return (
    <Box component="nav" aria-label={label}>
      <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {PUBLIC_LINKS.map((link) => (
          <li key={link.to}>
            <Anchor component={Link} to={link.to} size="sm" className="tap-link" fw={600}>
              {t(link.label)}
            </Anchor>
          </li>
        ))}
      </Group>
    </Box>
  );
}

/**
 * The frame of the public pages (no sign-in): a header with the product and whom it serves, the
 * public pages' links, the staff sign-in and the language switch; the content, narrow and
 * phone-first; a footer with the same links and the privacy promise.
 */
export function PublicLayout({
  heading,
  children,
  width = 720,
}: {
  /** Shown in the header, e.g. the unit being rated. */
  heading?: string | undefined;
  children: ReactNode;
  width?: number;
}) {
  const t = useT();
  const site = usePublicSite().data;
  const serves = site?.serves.map((u) => u.name).join(', ');
  return (
    <Box mih="100vh" bg="gray.0">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={width} px="sm" py="xs">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Box style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to="/"
                fw={800}
                c="blue.9"
                size="sm"
                underline="never"
                className="tap-link"
              >
                {serves ? t('home.public.serves', { name: serves }) : t('app.name')}
              </Anchor>
              {heading ? (
                <Text fw={700} size="md" lh={1.3} style={{ overflowWrap: 'anywhere' }}>
                  {heading}
                </Text>
              ) : null}
            </Box>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to="/dang-nhap" size="sm" className="tap-link">
                {t('public.nav.staff')}
              </Anchor>
              <LanguageSwitch size="lg" />
            </Group>
          </Group>
          <Box mt={4}>
            <PublicLinks label={t('public.nav.label')} />
          </Box>
        </Container>
      </Box>
      <Container
        component="main"
        id="main-content"
        tabIndex={-1}
        size={width}
        px="sm"
        py="md"
        style={{ outline: 'none' }}
      >
        {children}
      </Container>
      <Box
        component="footer"
        bg="white"
        mt="xl"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size={width} px="sm" py="md">
          <PublicLinks label={`${t('public.nav.label')} (${t('public.nav.footer')})`} />
          <Text size="sm" mt="xs">
            {t('public.footer.about')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('public.footer.privacy')}
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
