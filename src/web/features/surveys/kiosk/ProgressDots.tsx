import type { Answers } from '../../../api/survey-types.ts';
import { useT } from '../../../i18n/index.tsx';
import type { FlatQuestion } from '../form.ts';

/** One dot per question: the current one ringed, answered ones filled; with "Câu 3/23" in words. */
export function ProgressDots({
  questions,
  current,
  answers,
}: {
  questions: FlatQuestion[];
  current: number;
  answers: Answers;
}) {
  const t = useT();
  return (
    <div className="kiosk-progress">
      <ol className="kiosk-dots" aria-hidden="true">
        {questions.map((q, i) => (
          <li
            key={q.code}
            data-current={i === current || undefined}
            data-answered={answers[q.code] !== undefined || undefined}
          />
        ))}
      </ol>
      <p className="kiosk-step">
        {current < questions.length
          ? t('kiosk.step', { current: current + 1, total: questions.length })
          : t('kiosk.stepSubmit')}
      </p>
    </div>
  );
}
