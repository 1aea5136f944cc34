import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './errors.tsx';
import { FormButtons } from './FormButtons.tsx';

/** The frame of every action dialog: the server's message on top, the fields, cancel and submit. */
export function DialogForm({
  onSubmit,
  onCancel,
  error,
  pending,
  submitLabel,
  danger,
  children,
}: {
  onSubmit: () => void;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  danger?: boolean;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        {children}
        <FormButtons onCancel={onCancel} pending={pending} submitLabel={submitLabel} danger={danger} />
      </Stack>
    </form>
  );
}
