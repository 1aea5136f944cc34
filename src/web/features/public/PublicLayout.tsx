import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useT } from '../../i18n/index.tsx';

/**
 * The frame of the public pages (no sign-in): a plain header with the product or the unit's name
 * and the language switch, then the content, narrow and phone-first.
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
                to="/chi-so"
                fw={800}
                c="blue.9"
                size="sm"
                underline="never"
                className="tap-link"
              >
                {t('app.name')}
              </Anchor>
              {heading ? (
                <Text fw={700} size="md" lh={1.3} style={{ overflowWrap: 'anywhere' }}>
                  {heading}
                </Text>
              ) : null}
            </Box>
            <LanguageSwitch size="lg" />
          </Group>
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
    </Box>
  );
}
