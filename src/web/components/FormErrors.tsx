import { Alert } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert, fieldError } from './errors.tsx';

/**
 * The refusals of a form that belong to its fields: the server's codes that name one field
 * (`{ USERNAME_TAKEN: 'username' }`) and the form's field names.
 */
export interface FormFields {
  codes: Record<string, string>;
  fields: string[];
}

/** A field's error under its input: a coded refusal of that field, or the server's field error. */
export function fieldOf(form: FormFields, error: unknown, field: string): string | undefined {
  if (error instanceof ApiError && form.codes[error.code] === field) return error.message;
  return fieldError(error, field);
}

/** Field errors are shown under their inputs; the alert above then only says to look there. */
export function FormError({ form, error }: { form: FormFields; error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const shownBelow =
    error instanceof ApiError &&
    (Object.hasOwn(form.codes, error.code) ||
      (Object.keys(error.fields).length > 0 &&
        Object.keys(error.fields).every((f) => form.fields.includes(f))));
  if (shownBelow) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('form.checkFields')}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
