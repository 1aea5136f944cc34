import { Text } from '@mantine/core';
import type { QuestionIndex } from '../../../api/survey-types.ts';
import { useT } from '../../../i18n/index.tsx';
import { useIndexFormat } from './format.ts';

const SHADES = ['#c92a2a', '#e8590c', '#868e96', '#4dabf7', '#1864ab', '#0b7285', '#5f3dc4', '#2b8a3e'];

/**
 * How one question was answered: a stacked bar (decorative) and the same shares in words,
 * "Đầy đủ, dễ hiểu: 68,89%", with the option's value when the label is not known.
 */
export function QuestionDistribution({ question }: { question: QuestionIndex }) {
  const t = useT();
  const { pct, number } = useIndexFormat();
  const entries = Object.entries(question.distribution).sort(([a], [b]) => Number(a) - Number(b));
  const label = (value: string) =>
    question.options?.find((o) => String(o.value) === value)?.label ?? t('index.option', { value });
  return (
    <div className="distribution">
      <Text size="sm" fw={600}>
        {question.code}
        {question.text ? `. ${question.text}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {t('index.question.summary', { index: pct(question.index), answered: number(question.answered) })}
      </Text>
      {entries.length > 0 ? (
        <div className="distribution-bar" aria-hidden="true">
          {entries.map(([value, share], i) =>
            share > 0 ? (
              <span key={value} style={{ width: `${share}%`, background: SHADES[i % SHADES.length] }} />
            ) : null,
          )}
        </div>
      ) : null}
      <ul className="distribution-list">
        {entries.map(([value, share], i) => (
          <li key={value}>
            <span
              className="distribution-swatch"
              aria-hidden="true"
              style={{ background: SHADES[i % SHADES.length] }}
            />
            {label(value)}: {pct(share)}
          </li>
        ))}
      </ul>
    </div>
  );
}
