import { Alert } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { AddressForm } from '../../../../lib/address-form.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { useAddressT } from '../../public/survey/address.ts';

/** The last screen: how many questions were answered, and the big "Gửi" button. */
export function KioskSubmit({
  answered,
  total,
  onSubmit,
  busy,
  error,
  addressForm,
}: {
  answered: number;
  total: number;
  onSubmit: () => void;
  busy: boolean;
  error: unknown;
  /** The installation's form of address (from the form), for the texts of this screen. */
  addressForm?: AddressForm;
}) {
  const t = useAddressT(addressForm);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="kiosk-question" aria-labelledby="kiosk-submit">
      <h1 id="kiosk-submit" ref={heading} tabIndex={-1} className="kiosk-heading">
        {t('kiosk.submitTitle')}
      </h1>
      <p className="kiosk-text">{t('kiosk.answered', { answered, total })}</p>
      {error ? (
        <Alert color="red" variant="light" role="alert" mb="md">
          {errorText(error)}
        </Alert>
      ) : null}
      <button type="button" className="kiosk-option kiosk-send" onClick={onSubmit} disabled={busy}>
        {busy ? t('kiosk.sending') : t('kiosk.send')}
      </button>
    </section>
  );
}
