import { Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { z } from 'zod';
import type * as accounts from '../../../../modules/accounts/accounts.schema.ts';
import { api } from '../../../api/client.ts';
import { DialogForm } from '../../../components/DialogForm.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useT } from '../../../i18n/index.tsx';
import { type StoredBinding, storeBinding, unlockKiosk } from './kiosk-lock.ts';

type KioskBound = z.infer<typeof accounts.KioskBound>;
type Action = 'exit' | 'bind' | 'unbind';

/**
 * The only way out of the kiosk: the signed-in officer types their password (checked and
 * throttled by the server like the login). Then: back to the officer's home, bind this browser to
 * the kiosk, or unbind it and leave. A wrong password keeps the kiosk on screen.
 */
export function KioskExitDialog({
  opened,
  onClose,
  unitCode,
  bound,
  onBound,
}: {
  opened: boolean;
  onClose: () => void;
  unitCode: string;
  bound: boolean;
  onBound: (binding: StoredBinding) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [action, setAction] = useState<Action>('exit');
  const close = () => {
    setPassword('');
    setAction('exit');
    run.reset();
    onClose();
  };
  const run = useMutation({
    mutationFn: async () => {
      const purpose = action === 'bind' ? undefined : action === 'exit' ? 'kiosk-exit' : 'kiosk-unbind';
      await api('/auth/verify-password', { method: 'POST', body: { password, purpose } });
      if (action !== 'bind') return null;
      return api<KioskBound>('/kiosk/bind', { method: 'POST', body: { unitCode, mode: 'survey' } });
    },
    onSuccess: async (created) => {
      setPassword('');
      if (created) {
        const binding = { token: created.token, unitCode: created.unitCode, mode: created.mode };
        storeBinding(binding);
        onBound(binding);
        close();
        return;
      }
      unlockKiosk({ unbind: action === 'unbind' });
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      await navigate({ to: '/', replace: true });
    },
    onError: () => setPassword(''),
  });

  return (
    <Modal opened={opened} onClose={close} title={t('kiosk.exitTitle')} size="md" centered>
      <DialogForm
        onSubmit={() => run.mutate()}
        onCancel={close}
        error={run.error}
        pending={run.isPending}
        submitLabel={t('kiosk.confirm')}
      >
        <Text size="sm">{t('kiosk.exitHelp')}</Text>
        <PasswordField
          label={t('kiosk.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          data-autofocus
        />
        <Radio.Group value={action} onChange={(v) => setAction(v as Action)} label={t('kiosk.actionLabel')}>
          <Stack gap="xs" mt="xs">
            <Radio value="exit" label={bound ? t('kiosk.actionExitBound') : t('kiosk.actionExit')} />
            {bound ? (
              <Radio value="unbind" label={t('kiosk.actionUnbind')} />
            ) : (
              <Radio value="bind" label={t('kiosk.actionBind')} />
            )}
          </Stack>
        </Radio.Group>
      </DialogForm>
    </Modal>
  );
}
