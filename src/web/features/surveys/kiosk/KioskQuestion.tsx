import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/index.tsx';
import type { FlatQuestion } from '../form.ts';

/** One question, full screen: its text as the heading and each option as a large button. */
export function KioskQuestion({
  question,
  value,
  onAnswer,
}: {
  question: FlatQuestion;
  value: number | undefined;
  onAnswer: (value: number) => void;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new question: move focus to it, so a screen reader reads it.
  useEffect(() => {
    if (question.code) heading.current?.focus();
  }, [question.code]);
  return (
    <section className="kiosk-question" aria-labelledby={`kq-${question.code}`}>
      <p className="kiosk-criterion">{question.criterion.title}</p>
      <h1 id={`kq-${question.code}`} ref={heading} tabIndex={-1} className="kiosk-heading">
        <span className="visually-hidden">{t('survey.questionShort', { number: question.number })}. </span>
        {question.text}
      </h1>
      <div className="kiosk-options">
        {question.options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="kiosk-option"
            aria-pressed={value === option.value}
            onClick={() => onAnswer(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </section>
  );
}
