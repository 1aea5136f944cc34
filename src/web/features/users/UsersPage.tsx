import { Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { foldVietnamese } from '../../../lib/text.ts';
import { api } from '../../api/client.ts';
import { keys, useSession, useUsers } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { useRoleLabel } from '../../components/AppLayout.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ForbiddenPage, PendingPage } from '../../components/RoutePages.tsx';
import { SuccessMessage } from '../../components/Status.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { mayManage, mayVisit } from '../../nav.ts';
import { CreateUserForm, EditUserForm, ResetPasswordForm } from './UserForms.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** /nguoi-dung: users in the actor's scope; admins create, edit, lock and reset passwords. */
export function UsersPage() {
  const me = useSession().data?.user;
  const allowed = me ? mayVisit(me.role, '/nguoi-dung') : false;
  if (!me || !allowed) return <ForbiddenPage />;
  return <UsersList meId={me.id} meUnit={me.unitCode} canManage={mayManage(me.role, 'users')} />;
}

function UsersList({ meId, meUnit, canManage }: { meId: number; meUnit: string; canManage: boolean }) {
  const { t, number } = useI18n();
  const roleLabel = useRoleLabel();
  const users = useUsers();
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');

  const lock = useMutation({
    mutationFn: (user: User) =>
      api<User>(`/users/${user.id}`, { method: 'PATCH', body: { active: !user.active } }),
    onSuccess: async (saved) => {
      setMessage(t(saved.active ? 'users.unlocked.done' : 'users.locked.done', { username: saved.username }));
      await queryClient.invalidateQueries({ queryKey: keys.users });
    },
  });

  const shown = useMemo(() => {
    const q = foldVietnamese(filter);
    const list = users.data?.users ?? [];
    if (!q) return list;
    return list.filter((u) =>
      foldVietnamese(`${u.username} ${u.displayName} ${u.unitName} ${u.unitCode}`).includes(q),
    );
  }, [users.data, filter]);

  const actions = (user: User): ReactNode => {
    if (!canManage) return null;
    const isSelf = user.id === meId;
    return (
      <Group gap={6} wrap="wrap">
        <Button
          size="xs"
          variant="light"
          onClick={() => setDialog({ kind: 'edit', user })}
          aria-label={t('users.editLabel', { username: user.username })}
        >
          {t('common.edit')}
        </Button>
        {isSelf ? null : (
          <Button
            size="xs"
            variant="default"
            onClick={() => lock.mutate(user)}
            loading={lock.isPending && lock.variables?.id === user.id}
            aria-label={t(user.active ? 'users.lockLabel' : 'users.unlockLabel', { username: user.username })}
          >
            {user.active ? t('users.lock') : t('users.unlock')}
          </Button>
        )}
        <Button
          size="xs"
          variant="default"
          onClick={() => setDialog({ kind: 'reset', user })}
          aria-label={t('users.resetPasswordLabel', { username: user.username })}
        >
          {t('users.resetPassword')}
        </Button>
      </Group>
    );
  };

  const status = (user: User) => (
    <Group gap={4}>
      <StatusBadge tone={user.active ? 'ok' : 'bad'}>
        {user.active ? t('users.active') : t('users.locked')}
      </StatusBadge>
      {user.demo ? <StatusBadge tone="warn">{t('common.demo')}</StatusBadge> : null}
      {user.id === meId ? <StatusBadge tone="info">{t('users.you')}</StatusBadge> : null}
    </Group>
  );

  const dialogTitle =
    dialog?.kind === 'create'
      ? t('users.create.title')
      : dialog?.kind === 'edit'
        ? t('users.edit.title', { username: dialog.user.username })
        : dialog?.kind === 'reset'
          ? t('users.reset.title', { username: dialog.user.username })
          : '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('users.title')}>{t('users.title')}</PageTitle>
        {canManage ? <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.add')}</Button> : null}
      </Group>
      {canManage ? null : <Text c="dimmed">{t('users.readOnly')}</Text>}
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>
      <ErrorAlert error={lock.error} />
      <TextInput
        type="search"
        label={t('users.filter')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maw={480}
      />
      <ErrorAlert error={users.error} />
      {users.isPending ? <PendingPage /> : null}
      {users.data ? (
        <Text size="sm" c="dimmed" role="status">
          {shown.length ? t('users.count', { count: number(shown.length) }) : t('users.none')}
        </Text>
      ) : null}

      {users.data && isPhone ? (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {shown.map((user) => (
            <Card component="li" key={user.id} withBorder padding="sm">
              <Title order={2} size="h5">
                {user.displayName}
              </Title>
              <Text size="sm">{user.username}</Text>
              <Text size="sm" c="dimmed">
                {roleLabel(user.role)} · {user.unitName} ({user.unitCode})
              </Text>
              <Group mt={6}>{status(user)}</Group>
              {canManage ? <Group mt="sm">{actions(user)}</Group> : null}
            </Card>
          ))}
        </Stack>
      ) : null}

      {users.data && !isPhone ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs">
            <caption className="visually-hidden">{t('users.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.col.displayName')}</Table.Th>
                <Table.Th scope="col">{t('users.col.username')}</Table.Th>
                <Table.Th scope="col">{t('users.col.role')}</Table.Th>
                <Table.Th scope="col">{t('users.col.unit')}</Table.Th>
                <Table.Th scope="col">{t('users.col.status')}</Table.Th>
                {canManage ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row" fw={600}>
                    {user.displayName}
                  </Table.Th>
                  <Table.Td>{user.username}</Table.Td>
                  <Table.Td>{roleLabel(user.role)}</Table.Td>
                  <Table.Td>
                    {user.unitName}{' '}
                    <Text span c="dimmed" size="sm">
                      ({user.unitCode})
                    </Text>
                  </Table.Td>
                  <Table.Td>{status(user)}</Table.Td>
                  {canManage ? <Table.Td>{actions(user)}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialogTitle}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'create' ? (
          <CreateUserForm
            defaultUnit={meUnit}
            onCancel={() => setDialog(null)}
            onDone={(user) => {
              setDialog(null);
              setMessage(t('users.create.done', { username: user.username }));
            }}
          />
        ) : null}
        {dialog?.kind === 'edit' ? (
          <EditUserForm
            user={dialog.user}
            isSelf={dialog.user.id === meId}
            onCancel={() => setDialog(null)}
            onDone={(user) => {
              setDialog(null);
              setMessage(t('users.edit.done', { username: user.username }));
            }}
          />
        ) : null}
        {dialog?.kind === 'reset' ? (
          <ResetPasswordForm
            user={dialog.user}
            onCancel={() => setDialog(null)}
            onDone={(user) => {
              setDialog(null);
              setMessage(t('users.reset.done', { username: user.username }));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
