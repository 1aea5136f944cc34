import { Alert } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { serverErrorsEn } from '../i18n/en.ts';
import { interpolate, type Lang, type Translate, useI18n } from '../i18n/index.tsx';

/** The text a person sees for an error: the server's Vietnamese message, or ours. */
export function errorText(error: unknown, lang: Lang, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return t('error.network');
    if (error.code === 'UNEXPECTED') return t('error.unexpected', { status: error.status });
    if (lang === 'en') {
      const english = serverErrorsEn[error.code];
      const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      const wait = typeof seconds === 'number' ? seconds : 60;
      if (english)
        return interpolate(english, {
          minutes: Math.ceil(wait / 60),
          wait: wait < 60 ? `${wait} s` : `${Math.ceil(wait / 60)} min`,
        });
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function useErrorText(): (error: unknown) => string {
  const { lang, t } = useI18n();
  return (error) => errorText(error, lang, t);
}

/** A field's error from a failed request, to show under the input. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fields[field] : undefined;
}

/** An error announced to screen readers (role="alert"), or nothing. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title} mb="sm">
      {text(error)}
    </Alert>
  );
}
