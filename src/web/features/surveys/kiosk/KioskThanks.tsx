import { useEffect, useRef } from 'react';
import type { AddressForm } from '../../../../lib/address-form.ts';
import { useAddressT } from '../../public/survey/address.ts';

export const THANKS_SECONDS = 5;

/** Thanks, for a few seconds, then the next person starts at question 1. */
export function KioskThanks({ onDone, addressForm }: { onDone: () => void; addressForm?: AddressForm }) {
  const t = useAddressT(addressForm);
  const heading = useRef<HTMLHeadingElement>(null);
  const done = useRef(onDone);
  useEffect(() => {
    heading.current?.focus();
    const timer = window.setTimeout(() => done.current(), THANKS_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <section className="kiosk-question kiosk-thanks" aria-labelledby="kiosk-thanks" role="status">
      <h1 id="kiosk-thanks" ref={heading} tabIndex={-1} className="kiosk-heading">
        {t('kiosk.thanksTitle')}
      </h1>
      <p className="kiosk-text">{t('kiosk.thanksBody', { seconds: THANKS_SECONDS })}</p>
    </section>
  );
}
