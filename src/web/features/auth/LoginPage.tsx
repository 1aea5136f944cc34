import { Alert, Anchor, Box, Button, Center, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { api, setCsrfToken } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { Session } from '../../api/types.ts';
import { ErrorAlert, fieldError } from '../../components/errors.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { useT } from '../../i18n/index.tsx';
import { safeRedirect } from './redirect.ts';

const route = getRouteApi('/dang-nhap');

export function LoginPage() {
  const t = useT();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nextMissing = { username: !username.trim(), password: !password };
    setMissing(nextMissing);
    if (nextMissing.username || nextMissing.password) {
      (nextMissing.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await api<Session>('/auth/login', {
        method: 'POST',
        body: { username, password },
        expect401: true,
      });
      setCsrfToken(session.csrfToken);
      // Nothing cached for a previous user may show to this one.
      queryClient.clear();
      queryClient.setQueryData(keys.session, session);
      await navigate({ href: safeRedirect(search.redirect), replace: true });
    } catch (err) {
      setError(err);
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box mih="100vh" bg="gray.0" py={{ base: 'md', sm: 60 }} px="sm">
      <Group justify="flex-end" maw={420} mx="auto" mb="sm">
        <LanguageSwitch />
      </Group>
      <Center>
        <Paper component="main" withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} w="100%" maw={420}>
          <Text fw={800} size="xl" c="blue.9" mb={4}>
            {t('app.name')}
          </Text>
          <Text size="sm" c="dimmed" mb="lg">
            {t('app.tagline')}
          </Text>
          <Box mb="md">
            <PageTitle title={t('login.title')}>{t('login.title')}</PageTitle>
          </Box>
          {search.expired && !error ? (
            <Alert color="blue" variant="light" role="status" mb="sm">
              {t('login.sessionExpired')}
            </Alert>
          ) : null}
          <ErrorAlert error={error} />
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Text size="sm">{t('login.intro')}</Text>
              <TextInput
                ref={usernameRef}
                label={t('login.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={missing.username ? t('login.required.username') : fieldError(error, 'username')}
                withAsterisk
                size="md"
              />
              <PasswordField
                ref={passwordRef}
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={missing.password ? t('login.required.password') : fieldError(error, 'password')}
                withAsterisk
                size="md"
              />
              <Button type="submit" size="md" loading={busy} fullWidth>
                {busy ? t('login.submitting') : t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
      <Box component="footer" maw={420} mx="auto" mt="md" ta="center">
        <Text size="sm">{t('login.public')}</Text>
        <Group justify="center" gap="lg">
          <Anchor component={Link} to="/tra-cuu" fw={600} className="tap-link">
            {t('login.track')}
          </Anchor>
          <Anchor component={Link} to="/phan-anh" fw={600} className="tap-link">
            {t('login.feedback')}
          </Anchor>
        </Group>
      </Box>
    </Box>
  );
}
