import { Alert, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { keys, useRoles } from '../../api/queries.ts';
import type { CreateUserBody, Role, UpdateUserBody, User } from '../../api/types.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FormError, type FormFields, fieldOf as fieldOfForm } from '../../components/FormErrors.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useI18n } from '../../i18n/index.tsx';

function useRoleOptions() {
  const { lang } = useI18n();
  const roles = useRoles();
  return (roles.data?.roles ?? []).map((r) => ({ value: r.code, label: r[lang] }));
}

const USER_FORM: FormFields = {
  codes: { USERNAME_TAKEN: 'username', PASSWORD_WEAK: 'password', UNIT_NOT_FOUND: 'unitCode' },
  fields: ['username', 'displayName', 'password', 'role', 'unitCode', 'active'],
};
const fieldOf = (error: unknown, field: string) => fieldOfForm(USER_FORM, error, field);

interface FormProps {
  onDone: (user: User) => void;
  onCancel: () => void;
}

export function CreateUserForm({ defaultUnit, onDone, onCancel }: FormProps & { defaultUnit: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<string | null>('officer');
  const [unitCode, setUnitCode] = useState<string | null>(defaultUnit);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const mutation = useMutation({
    mutationFn: () => {
      const body: CreateUserBody = {
        username: username.trim(),
        displayName: displayName.trim(),
        ...(email.trim() ? { email: email.trim() } : {}),
        password,
        role: role as Role,
        unitCode: unitCode ?? '',
      };
      return api<User>('/users', { method: 'POST', body });
    },
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onDone(user);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      username: !username.trim(),
      displayName: !displayName.trim(),
      password: !password,
      role: !role,
      unitCode: !unitCode,
    };
    setMissing(next);
    if (!Object.values(next).some(Boolean)) mutation.mutate();
  };
  const err = (field: string) => (missing[field] ? t('common.required') : fieldOf(mutation.error, field));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError form={USER_FORM} error={mutation.error} />
        <TextInput
          label={t('users.field.username')}
          description={t('users.field.usernameHint')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={err('username')}
          withAsterisk
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={50}
        />
        <TextInput
          label={t('users.field.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={err('displayName')}
          withAsterisk
          maxLength={200}
        />
        <TextInput
          label={t('users.field.email')}
          description={t('users.field.emailHint')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={err('email')}
          autoComplete="off"
          maxLength={200}
        />
        <PasswordField
          label={t('users.field.password')}
          description={t('users.field.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={err('password')}
          withAsterisk
          autoComplete="new-password"
        />
        <Select
          label={t('users.field.role')}
          data={roleOptions}
          value={role}
          onChange={setRole}
          error={err('role')}
          withAsterisk
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <UnitPicker
          label={t('users.field.unit')}
          value={unitCode}
          onChange={setUnitCode}
          error={err('unitCode')}
          required
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('common.create')}
          gap="md"
        />
      </Stack>
    </form>
  );
}

export function EditUserForm({
  user,
  isSelf,
  onDone,
  onCancel,
}: FormProps & { user: User; isSelf: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [role, setRole] = useState<string | null>(user.role);
  const [unitCode, setUnitCode] = useState<string | null>(user.unitCode);
  const [active, setActive] = useState(user.active);
  const mutation = useMutation({
    mutationFn: async () => {
      const patch: UpdateUserBody = {};
      if (displayName.trim() && displayName.trim() !== user.displayName)
        patch.displayName = displayName.trim();
      if (email.trim() !== (user.email ?? '')) patch.email = email.trim() || null;
      if (role && role !== user.role) patch.role = role as Role;
      if (unitCode && unitCode !== user.unitCode) patch.unitCode = unitCode;
      if (active !== user.active) patch.active = active;
      if (Object.keys(patch).length === 0) return user;
      return api<User>(`/users/${user.id}`, { method: 'PATCH', body: patch });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onDone(saved);
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
      noValidate
    >
      <Stack gap="sm">
        {isSelf ? (
          <Alert color="blue" variant="light" role="note">
            {t('users.edit.selfNote')}
          </Alert>
        ) : null}
        <FormError form={USER_FORM} error={mutation.error} />
        <TextInput label={t('users.field.username')} value={user.username} readOnly variant="filled" />
        <TextInput
          label={t('users.field.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={fieldOf(mutation.error, 'displayName')}
          maxLength={200}
        />
        <TextInput
          label={t('users.field.email')}
          description={t('users.field.emailHint')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldOf(mutation.error, 'email')}
          maxLength={200}
        />
        <Select
          label={t('users.field.role')}
          data={roleOptions}
          value={role}
          onChange={setRole}
          error={fieldOf(mutation.error, 'role')}
          allowDeselect={false}
          disabled={isSelf}
          comboboxProps={{ withinPortal: true }}
        />
        {isSelf ? (
          <TextInput
            label={t('users.field.unit')}
            value={`${user.unitName} (${user.unitCode})`}
            readOnly
            disabled
          />
        ) : (
          <UnitPicker
            label={t('users.field.unit')}
            value={unitCode}
            onChange={setUnitCode}
            error={fieldOf(mutation.error, 'unitCode')}
          />
        )}
        <Switch
          label={t('users.field.active')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          disabled={isSelf}
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('common.save')}
          gap="md"
        />
      </Stack>
    </form>
  );
}

export function ResetPasswordForm({ user, onDone, onCancel }: FormProps & { user: User }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => api<User>(`/users/${user.id}`, { method: 'PATCH', body: { password } }),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setProblem(t('common.required'));
    if (password !== confirm) return setProblem(t('account.password.mismatch'));
    setProblem(null);
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError form={USER_FORM} error={mutation.error} />
        <PasswordField
          label={t('users.field.newPassword')}
          description={t('users.field.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={
            (problem === t('common.required') ? problem : undefined) ?? fieldOf(mutation.error, 'password')
          }
          withAsterisk
          autoComplete="new-password"
        />
        <PasswordField
          label={t('account.password.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={problem === t('account.password.mismatch') ? problem : undefined}
          withAsterisk
          autoComplete="new-password"
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('users.resetPassword')}
          gap="md"
        />
      </Stack>
    </form>
  );
}
