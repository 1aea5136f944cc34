import {
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { keys, useSession, useTokens } from '../../api/queries.ts';
import type { ApiToken, ChangePasswordBody, CreatedToken } from '../../api/types.ts';
import { useRoleLabel } from '../../components/AppLayout.tsx';
import { ErrorAlert, fieldError } from '../../components/errors.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { PendingPage } from '../../components/RoutePages.tsx';
import { SuccessMessage } from '../../components/Status.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';

/** /tai-khoan: who I am, change my password, my API tokens. */
export function AccountPage() {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const user = useSession().data?.user;
  if (!user) return null;
  return (
    <Stack gap="xl">
      <PageTitle title={t('account.title')}>{t('account.title')}</PageTitle>
      <Card withBorder component="section" aria-labelledby="account-profile">
        <Title order={2} size="h3" id="account-profile" mb="sm">
          {t('account.profile')}
        </Title>
        <dl className="kv">
          <dt>{t('users.col.displayName')}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t('users.col.username')}</dt>
          <dd>{user.username}</dd>
          <dt>{t('users.col.role')}</dt>
          <dd>{roleLabel(user.role)}</dd>
          <dt>{t('users.col.unit')}</dt>
          <dd>
            {user.unitName} ({user.unitCode})
          </dd>
        </dl>
      </Card>
      <ChangePassword />
      <Tokens />
    </Stack>
  );
}

function ChangePassword() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: ChangePasswordBody) => api<void>('/auth/password', { method: 'POST', body }),
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      // Other sessions were signed out; this one keeps going (its CSRF token may be renewed).
      await queryClient.invalidateQueries({ queryKey: keys.session });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t('common.required');
    if (!next) found.newPassword = t('common.required');
    else if (next !== confirm) found.confirm = t('account.password.mismatch');
    setProblems(found);
    if (Object.keys(found).length === 0) mutation.mutate({ currentPassword: current, newPassword: next });
  };
  const error = mutation.error;
  const serverField = (field: string) => {
    if (error instanceof ApiError) {
      if (field === 'currentPassword' && error.code === 'PASSWORD_WRONG') return error.message;
      if (field === 'newPassword' && error.code === 'PASSWORD_WEAK') return error.message;
    }
    return fieldError(error, field);
  };
  const shownBelow =
    error instanceof ApiError &&
    ['PASSWORD_WRONG', 'PASSWORD_WEAK', 'VALIDATION_FAILED'].includes(error.code);
  return (
    <Card withBorder component="section" aria-labelledby="account-password">
      <Title order={2} size="h3" id="account-password" mb="sm">
        {t('account.password.title')}
      </Title>
      <div aria-live="polite">
        {done ? <SuccessMessage>{t('account.password.done')}</SuccessMessage> : null}
      </div>
      {shownBelow ? null : <ErrorAlert error={error} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordField
            label={t('account.password.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={problems.currentPassword ?? serverField('currentPassword')}
            autoComplete="current-password"
            withAsterisk
          />
          <PasswordField
            label={t('account.password.new')}
            description={t('account.password.newHint')}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={problems.newPassword ?? serverField('newPassword')}
            autoComplete="new-password"
            withAsterisk
          />
          <PasswordField
            label={t('account.password.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={problems.confirm}
            autoComplete="new-password"
            withAsterisk
          />
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('account.password.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function Tokens() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const tokens = useTokens();
  const isPhone = useIsPhone();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [message, setMessage] = useState('');
  const tokenRef = useRef<HTMLInputElement>(null);

  const create = useMutation({
    mutationFn: (tokenName: string) =>
      api<CreatedToken>('/tokens', { method: 'POST', body: { name: tokenName } }),
    onSuccess: async (token) => {
      setCreated(token);
      setName('');
      setMessage('');
      await queryClient.invalidateQueries({ queryKey: keys.tokens });
      requestAnimationFrame(() => tokenRef.current?.select());
    },
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api<void>(`/tokens/${token.id}`, { method: 'DELETE' }),
    onSuccess: async (_, token) => {
      setRevoking(null);
      setMessage(t('account.tokens.revoked.done', { name: token.name }));
      if (created?.id === token.id) setCreated(null);
      await queryClient.invalidateQueries({ queryKey: keys.tokens });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) create.mutate(name.trim());
  };

  const list = tokens.data?.tokens ?? [];
  const statusOf = (token: ApiToken) =>
    token.revokedAt ? (
      <StatusBadge tone="neutral">
        {t('account.tokens.revoked', { date: dateTime(token.revokedAt) })}
      </StatusBadge>
    ) : (
      <StatusBadge tone="ok">{t('account.tokens.active')}</StatusBadge>
    );
  const revokeButton = (token: ApiToken) =>
    token.revokedAt ? null : (
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        onClick={() => setRevoking(token)}
        aria-label={t('account.tokens.revokeLabel', { name: token.name })}
      >
        {t('account.tokens.revoke')}
      </Button>
    );

  return (
    <Card withBorder component="section" aria-labelledby="account-tokens">
      <Title order={2} size="h3" id="account-tokens" mb="sm">
        {t('account.tokens.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('account.tokens.intro')}
      </Text>
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
        {created ? (
          <Alert
            role="status"
            color="green"
            variant="light"
            mb="md"
            title={t('account.tokens.created', { name: created.name })}
          >
            <Stack gap="xs">
              <TextInput
                ref={tokenRef}
                label={t('account.tokens.value')}
                value={created.token}
                readOnly
                classNames={{ input: 'token-value' }}
                onFocus={(e) => e.currentTarget.select()}
              />
              <Group gap="xs">
                <CopyButton value={created.token}>
                  {({ copied, copy }) => (
                    <Button size="xs" onClick={copy} color={copied ? 'green.9' : undefined}>
                      {copied ? t('account.tokens.copied') : t('account.tokens.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                  {t('common.close')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
      </div>
      <ErrorAlert error={create.error && !fieldError(create.error, 'name') ? create.error : null} />
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" mb="md">
          <TextInput
            label={t('account.tokens.name')}
            placeholder={t('account.tokens.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing ? t('common.required') : fieldError(create.error, 'name')}
            maxLength={100}
            withAsterisk
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit" loading={create.isPending}>
            {t('account.tokens.create')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={tokens.error} />
      {tokens.isPending ? <PendingPage /> : null}
      {tokens.data && list.length === 0 ? <Text c="dimmed">{t('account.tokens.none')}</Text> : null}
      {list.length > 0 && isPhone ? (
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
          {list.map((token) => (
            <Card component="li" key={token.id} withBorder padding="sm">
              <Text fw={600}>{token.name}</Text>
              <Text size="sm" className="token-value">
                {token.prefix}…
              </Text>
              <Text size="sm" c="dimmed">
                {t('account.tokens.col.created')}: {dateTime(token.createdAt)} ·{' '}
                {t('account.tokens.col.lastUsed')}:{' '}
                {token.lastUsedAt ? dateTime(token.lastUsedAt) : t('account.tokens.never')}
              </Text>
              <Group mt={6} justify="space-between">
                {statusOf(token)}
                {revokeButton(token)}
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
      {list.length > 0 && !isPhone ? (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.tokens.col.name')}</Table.Th>
                <Table.Th scope="col">{t('account.tokens.col.prefix')}</Table.Th>
                <Table.Th scope="col">{t('account.tokens.col.created')}</Table.Th>
                <Table.Th scope="col">{t('account.tokens.col.lastUsed')}</Table.Th>
                <Table.Th scope="col">{t('account.tokens.col.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Th scope="row">{token.name}</Table.Th>
                  <Table.Td className="token-value">{token.prefix}…</Table.Td>
                  <Table.Td>{dateTime(token.createdAt)}</Table.Td>
                  <Table.Td>
                    {token.lastUsedAt ? dateTime(token.lastUsedAt) : t('account.tokens.never')}
                  </Table.Td>
                  <Table.Td>{statusOf(token)}</Table.Td>
                  <Table.Td>{revokeButton(token)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}

      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('account.tokens.revokeLabel', { name: revoking.name }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="md">{revoking ? t('account.tokens.revokeConfirm', { name: revoking.name }) : ''}</Text>
        <ErrorAlert error={revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRevoking(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={revoke.isPending}
            onClick={() => revoking && revoke.mutate(revoking)}
          >
            {t('account.tokens.revoke')}
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
