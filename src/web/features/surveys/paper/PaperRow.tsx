import { forwardRef, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/index.tsx';
import type { FlatQuestion } from '../form.ts';

interface Props {
  question: FlatQuestion;
  value: number | undefined;
  /** A digit that is not an option of this question, to say so. */
  invalidKey: string | null;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Typed on a touch keyboard (no reliable key events): the last character. */
  onTyped: (char: string) => void;
}

/** One question of a paper form: its options with their numbers, and the one-digit answer box. */
export const PaperRow = forwardRef<HTMLInputElement, Props>(function PaperRow(
  { question, value, invalidKey, onKeyDown, onTyped },
  ref,
) {
  const t = useT();
  const id = `paper-${question.code}`;
  const chosen = question.options.find((o) => o.value === value);
  return (
    <div className="paper-row" data-answered={value !== undefined || undefined}>
      <label htmlFor={id} className="paper-label">
        <span className="paper-code">{question.number}.</span> {question.text}
      </label>
      <ul className="paper-options" id={`${id}-options`}>
        {question.options.map((o) => (
          <li key={o.value} data-chosen={o.value === value || undefined}>
            <b>{o.value}</b> {o.label}
          </li>
        ))}
      </ul>
      <div className="paper-answer">
        <input
          ref={ref}
          id={id}
          className="paper-input"
          inputMode="numeric"
          autoComplete="off"
          value={value ?? ''}
          onKeyDown={onKeyDown}
          onChange={(e) => onTyped(e.currentTarget.value.slice(-1))}
          aria-describedby={`${id}-options ${id}-status`}
          aria-invalid={invalidKey ? true : undefined}
        />
        <span id={`${id}-status`} className="paper-status" aria-live="polite">
          {invalidKey ? t('paper.invalidKey', { key: invalidKey }) : chosen ? chosen.label : t('paper.blank')}
        </span>
      </div>
    </div>
  );
});
