import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

/** A success message, announced politely (role="status"). */
export function SuccessMessage({ children, onClose }: { children: ReactNode; onClose?: () => void }) {
  const t = useT();
  if (!children) return null;
  return (
    <Alert
      color="green"
      variant="light"
      role="status"
      mb="sm"
      withCloseButton={Boolean(onClose)}
      closeButtonLabel={t('common.dismiss')}
      onClose={onClose}
    >
      {children}
    </Alert>
  );
}
