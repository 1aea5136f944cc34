import type { ReactNode } from 'react';
import { useT } from '../../../i18n/index.tsx';

interface Props {
  /** Radio group name, unique in the page. */
  name: string;
  legend: ReactNode;
  options: { value: number; label: string }[];
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** Short name of the question for the clear button ("câu 3"). */
  shortName: string;
}

/**
 * One question as a group of large radio rows (the whole row is the target, at least 48 px
 * high). Native radios: arrow keys move inside the group, screen readers say "1 of 3". A
 * question may stay unanswered; an answer can be taken back with "Bỏ chọn".
 */
export function ChoiceGroup({ name, legend, options, value, onChange, shortName }: Props) {
  const t = useT();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-rows">
        {options.map((option) => (
          <label key={option.value} className="choice-row">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {value !== undefined ? (
        <button
          type="button"
          className="choice-clear"
          onClick={() => onChange(undefined)}
          aria-label={t('survey.clearLabel', { question: shortName })}
        >
          {t('survey.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
