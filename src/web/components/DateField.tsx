import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseDateVi } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useT } from '../i18n/index.tsx';

interface Props {
  label: string;
  /** The date as "YYYY-MM-DD", or "" when none (or what was typed is not a date yet). */
  value: string;
  onChange: (iso: string) => void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
}

/**
 * A date typed and shown as Vietnamese write it, dd/mm/yyyy, whatever the browser's locale: the
 * native date field of Chromium shows 12/05/2026 for 5 December under some settings. The form gets
 * ISO dates; what is typed is read when it is a whole date, and explained on leaving the field.
 */
export function DateField({ label, value, onChange, error, description, required }: Props) {
  const t = useT();
  const [text, setText] = useState(value ? formatDateVi(value) : '');
  const [problem, setProblem] = useState<string | null>(null);

  // A value set from outside (a reset, a loaded record) replaces what is shown.
  useEffect(() => {
    setText((shown) => {
      const read = parseDateVi(shown);
      return 'date' in read && read.date === value ? shown : value ? formatDateVi(value) : '';
    });
  }, [value]);

  const type = (next: string) => {
    setText(next);
    setProblem(null);
    const read = parseDateVi(next);
    onChange('date' in read ? read.date : '');
  };
  const leave = () => {
    if (!text.trim()) return;
    const read = parseDateVi(text);
    if ('date' in read) setText(formatDateVi(read.date));
    else setProblem(read.problem);
  };
  return (
    <TextInput
      label={label}
      description={description ?? t('date.hint')}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(e) => type(e.currentTarget.value)}
      onBlur={leave}
      error={problem ?? error}
      withAsterisk={required}
      maxLength={10}
    />
  );
}
