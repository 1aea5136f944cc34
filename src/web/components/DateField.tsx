import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseDateTimeVi, parseDateVi } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useT } from '../i18n/index.tsx';

interface Props {
  label: string;
  /** "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM" with `time`), or "" when none or not yet a whole date. */
  value: string;
  onChange: (iso: string) => void;
  /** A moment (date and time, Vietnam time) instead of a day. */
  time?: boolean;
  error?: string | undefined;
  description?: string;
  required?: boolean;
}

/** What the field shows for an ISO value: "05/12/2026" or "05/12/2026 14:30". */
function shown(value: string): string {
  if (!value) return '';
  const day = formatDateVi(value.slice(0, 10));
  return value.length > 10 ? `${day} ${value.slice(11, 16)}` : day;
}

function read(text: string, time: boolean): { iso: string } | { problem: string } {
  if (time) {
    const r = parseDateTimeVi(text);
    return 'value' in r ? { iso: r.value } : r;
  }
  const r = parseDateVi(text);
  return 'date' in r ? { iso: r.date } : r;
}

/**
 * A date (or a moment) typed and shown as Vietnamese write it, dd/mm/yyyy [hh:mm], whatever the
 * browser's locale: the native fields of Chromium showed 12/05/2026 for 5 December under some
 * settings. The form gets ISO values; what is typed is read once it is whole, and explained on
 * leaving the field.
 */
export function DateField({ label, value, onChange, time = false, error, description, required }: Props) {
  const t = useT();
  const [text, setText] = useState(shown(value));
  const [problem, setProblem] = useState<string | null>(null);

  // A value set from outside (a reset, a loaded record) replaces what is shown.
  useEffect(() => {
    setText((current) => {
      const r = read(current, time);
      return 'iso' in r && r.iso === value ? current : shown(value);
    });
  }, [value, time]);

  const type = (next: string) => {
    setText(next);
    setProblem(null);
    const r = read(next, time);
    onChange('iso' in r ? r.iso : '');
  };
  const leave = () => {
    if (!text.trim()) return;
    const r = read(text, time);
    if ('iso' in r) setText(shown(r.iso));
    else setProblem(r.problem);
  };
  return (
    <TextInput
      label={label}
      description={description ?? t(time ? 'date.timeHint' : 'date.hint')}
      placeholder={time ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy'}
      inputMode={time ? 'text' : 'numeric'}
      autoComplete="off"
      value={text}
      onChange={(e) => type(e.currentTarget.value)}
      onBlur={leave}
      error={problem ?? error}
      withAsterisk={required}
      maxLength={time ? 16 : 10}
    />
  );
}
