import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { useT } from '../i18n/index.tsx';

/** A password input whose show/hide button is reachable by keyboard and says what it does. */
export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>(
  function PasswordField(props, ref) {
    const t = useT();
    const [visible, setVisible] = useState(false);
    return (
      <PasswordInput
        ref={ref}
        {...props}
        visible={visible}
        onVisibilityChange={setVisible}
        visibilityToggleFocusable
        visibilityToggleButtonProps={{ 'aria-label': visible ? t('password.hide') : t('password.show') }}
      />
    );
  },
);
