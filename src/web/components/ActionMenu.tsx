import { Modal, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from './errors.tsx';
import { SuccessMessage } from './Status.tsx';
import { useIsPhone } from './useIsPhone.ts';

/** A step without a dialog (one click): what useMutation gives, as the runner uses it. */
export interface OneClickStep<D> {
  isPending: boolean;
  error: unknown;
  reset: () => void;
  mutate: (body: undefined, options: { onSuccess: (result: D) => void }) => void;
}

/**
 * The one-click steps of a case and what happened: `run` clears the others' errors and says what
 * the step did; `busy` while one runs; `error` of the last refused.
 */
export function useStepRunner<D>(steps: OneClickStep<D>[]) {
  const [message, setMessage] = useState('');
  const busy = steps.some((m) => m.isPending);
  const error = steps.find((m) => m.error)?.error ?? null;
  const run = (m: OneClickStep<D>, text: (result: D) => string) => {
    setMessage('');
    for (const other of steps) if (other !== m) other.reset();
    m.mutate(undefined, { onSuccess: (d) => setMessage(text(d)) });
  };
  return { message, setMessage, busy, error, run };
}

/**
 * The actions of a case (a dossier, a feedback item): what happened, the server's refusal, the
 * buttons the state allows (or why there are none), and the open step's dialog.
 */
export function ActionMenu({
  message,
  onClearMessage,
  error,
  children,
  dialogTitle,
  onCloseDialog,
  dialog,
}: {
  message: string;
  onClearMessage: () => void;
  error: unknown;
  /** The buttons, or the words saying there are none. */
  children: ReactNode;
  /** The open dialog's title; null when none is open. */
  dialogTitle: string | null;
  onCloseDialog: () => void;
  dialog: ReactNode;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  return (
    <Stack gap="sm">
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={onClearMessage}>{message}</SuccessMessage> : null}
      </div>
      <ErrorAlert error={error} />
      {children}
      <Modal
        opened={dialogTitle !== null}
        onClose={onCloseDialog}
        title={dialogTitle ?? ''}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog}
      </Modal>
    </Stack>
  );
}
