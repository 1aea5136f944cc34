import { Text } from '@mantine/core';
import { forwardRef } from 'react';
import { type Translate, useI18n } from '../../../i18n/index.tsx';

interface Props {
  /** The notice from the server (Vietnamese); ours is used in English or when it is missing. */
  text: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: boolean;
  t: Translate;
}

/**
 * The notice NĐ 13/2023 asks for before any answer: why we ask, that the form is anonymous and
 * takes no personal data; and the respondent's consent, a large tick box. The first step of the
 * form; its heading is the step's.
 */
export const ConsentNotice = forwardRef<HTMLInputElement, Props>(function ConsentNotice(
  { text, checked, onChange, error, t },
  ref,
) {
  const { lang } = useI18n();
  const paragraphs = (lang === 'vi' && text ? text : t('survey.consent.text')).split(/\n\s*\n/);
  return (
    <div>
      {paragraphs.map((p) => (
        <Text key={p} size="md" mb="xs" style={{ whiteSpace: 'pre-line' }}>
          {p}
        </Text>
      ))}
      <ul className="consent-points">
        <li>{t('survey.consent.anonymous')}</li>
        <li>{t('survey.consent.noPersonal')}</li>
        <li>{t('survey.consent.optional')}</li>
      </ul>
      <label className="choice-row consent-row" data-invalid={error || undefined}>
        <input
          ref={ref}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-invalid={error || undefined}
          aria-describedby={error ? 'consent-error' : undefined}
        />
        <span>{t('survey.consent.agree')}</span>
      </label>
      {error ? (
        <Text id="consent-error" c="red.9" size="sm" mt={6} fw={600}>
          {t('survey.consent.required')}
        </Text>
      ) : null}
    </div>
  );
});
