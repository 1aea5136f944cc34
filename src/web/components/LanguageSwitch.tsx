import { type MantineSize, SegmentedControl, VisuallyHidden } from '@mantine/core';
import { LANGS, type Lang, useI18n } from '../i18n/index.tsx';

/**
 * VI | EN, always visible. Each option's full name is there for screen readers. The public pages
 * use a larger size (touch targets on phones).
 */
export function LanguageSwitch({ size = 'xs' }: { size?: MantineSize }) {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset className="lang-switch">
      <VisuallyHidden component="legend">{t('lang.label')}</VisuallyHidden>
      <SegmentedControl
        size={size}
        value={lang}
        onChange={(value) => setLang(value as Lang)}
        data={LANGS.map((code) => ({
          value: code,
          label: (
            <span lang={code} title={t(`lang.${code}`)}>
              <span aria-hidden="true">{code.toUpperCase()}</span>
              <VisuallyHidden>{t(`lang.${code}`)}</VisuallyHidden>
            </span>
          ),
        }))}
      />
    </fieldset>
  );
}
