import { useCallback } from 'react';
import { type AddressForm, addressText } from '../../../../lib/address-form.ts';
import { type Translate, useI18n } from '../../../i18n/index.tsx';

/**
 * The translator of citizen-facing survey pages: every Vietnamese string speaks with the
 * installation's form of address (`addressForm` of the form, "Ông/Bà" or "Anh/Chị").
 */
export function useAddressT(form: AddressForm | undefined): Translate {
  const { t, lang } = useI18n();
  return useCallback<Translate>(
    (key, vars) => (lang === 'vi' && form ? addressText(t(key, vars), form) : t(key, vars)),
    [t, lang, form],
  );
}
