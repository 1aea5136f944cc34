import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { formatDateTimeVi } from '../../../../lib/format.ts';
import type * as accounts from '../../../../modules/accounts/accounts.schema.ts';
import { ApiError, api } from '../../../api/client.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { useT } from '../../../i18n/index.tsx';
import { forgetBinding, type StoredBinding, storedBinding } from './kiosk-lock.ts';

type KioskBinding = z.infer<typeof accounts.KioskBinding>;

/**
 * The browser's binding to a kiosk, checked by the server each time the kiosk opens: a token it
 * did not sign is forgotten (the notice says so); a good one is shown in the kiosk's bar.
 */
export function useKioskBinding(unitCode: string | null): {
  bound: boolean;
  notice: ReactNode;
  onBound: (binding: StoredBinding) => void;
} {
  const t = useT();
  const errorText = useErrorText();
  const [stored, setStored] = useState(storedBinding);
  const token = unitCode && stored ? stored.token : null;
  const check = useQuery({
    queryKey: ['kiosk', 'check', token],
    queryFn: () => api<KioskBinding>('/kiosk/check', { method: 'POST', body: { token } }),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const invalid = check.error instanceof ApiError && check.error.code === 'KIOSK_BINDING_INVALID';
  useEffect(() => {
    if (invalid) forgetBinding();
  }, [invalid]);
  const onBound = useCallback((binding: StoredBinding) => setStored(binding), []);

  let notice: ReactNode = null;
  if (check.error) {
    notice = (
      <p className="kiosk-binding" role="alert">
        {errorText(check.error)}
      </p>
    );
  } else if (check.data) {
    notice = (
      <p className="kiosk-binding" data-testid="kiosk-bound">
        {t('kiosk.bound')} ·{' '}
        {t('kiosk.boundBy', { by: check.data.boundBy, at: formatDateTimeVi(new Date(check.data.boundAt)) })}
      </p>
    );
  }
  return { bound: Boolean(stored) && !invalid, notice, onBound };
}
