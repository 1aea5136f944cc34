import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/queries.ts';
import { useOfficerForm } from '../../../api/survey-queries.ts';
import type { Answers, OfficerResponseBody, SurveyForm } from '../../../api/survey-types.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useT } from '../../../i18n/index.tsx';
import { hasRole, SURVEY_ROLES } from '../../../nav.ts';
import { flatQuestions } from '../form.ts';
import { KioskExitDialog } from './KioskExitDialog.tsx';
import { KioskQuestion } from './KioskQuestion.tsx';
import { KioskSubmit } from './KioskSubmit.tsx';
import { KioskThanks } from './KioskThanks.tsx';
import { lockKiosk } from './kiosk-lock.ts';
import { ProgressDots } from './ProgressDots.tsx';
import { useFullscreen } from './useFullscreen.ts';
import { useIdleTimeout } from './useIdleTimeout.ts';
import { useKioskBinding } from './useKioskBinding.tsx';

const route = getRouteApi('/quay/$unitCode');

/** Seconds without a touch before a half-answered kiosk starts over (?idle=SECONDS overrides). */
export const KIOSK_IDLE_SECONDS = 60;

/**
 * /quay/:unitCode — the tablet at the desk: one question per screen, large buttons, touch only.
 * A signed-in officer opens it (full screen with the button); each respondent's answers go up
 * as a kiosk response, then thanks, then question 1 for the next person. Opening it locks the
 * browser on it (kiosk-lock.ts): leaving needs the officer's password (KioskExitDialog).
 */
export function KioskPage() {
  const t = useT();
  const errorText = useErrorText();
  const { unitCode } = route.useParams();
  const { idle } = route.useSearch();
  const role = useSession().data?.user.role;
  const allowed = hasRole(role, SURVEY_ROLES.kiosk);
  const form = useOfficerForm(allowed ? unitCode : null);
  const fullscreen = useFullscreen();
  const binding = useKioskBinding(allowed ? unitCode : null);
  const [exiting, setExiting] = useState(false);
  useEffect(() => {
    if (allowed) lockKiosk(unitCode);
  }, [allowed, unitCode]);
  // A staff dialog left open (a password half typed) closes, and forgets it, like an abandoned survey.
  useIdleTimeout((idle ?? KIOSK_IDLE_SECONDS) * 1000, exiting, () => setExiting(false));

  return (
    <div className="kiosk">
      <header className="kiosk-bar">
        <div className="kiosk-unit">{form.data?.unit.name ?? unitCode}</div>
        <div className="kiosk-tools">
          {fullscreen.supported ? (
            <button type="button" className="kiosk-tool" onClick={fullscreen.toggle}>
              {fullscreen.active ? t('kiosk.exitFullscreen') : t('kiosk.fullscreen')}
            </button>
          ) : null}
          {fullscreen.active ? null : (
            <button type="button" className="kiosk-tool" onClick={() => setExiting(true)}>
              {t('kiosk.leave')}
            </button>
          )}
        </div>
      </header>
      {binding.notice}
      {exiting ? (
        <KioskExitDialog
          opened
          onClose={() => setExiting(false)}
          unitCode={unitCode}
          bound={binding.bound}
          onBound={binding.onBound}
        />
      ) : null}
      <main className="kiosk-main">
        {!allowed ? (
          <p className="kiosk-text" role="alert">
            {t('kiosk.forbidden')}
          </p>
        ) : form.isPending ? (
          <PendingPage />
        ) : form.error || !form.data ? (
          <p className="kiosk-text" role="alert">
            {errorText(form.error)}
          </p>
        ) : (
          <KioskFlow
            unitCode={unitCode}
            questions={flatQuestions(form.data)}
            addressForm={form.data.addressForm}
            idleMs={(idle ?? KIOSK_IDLE_SECONDS) * 1000}
          />
        )}
      </main>
    </div>
  );
}

function KioskFlow({
  unitCode,
  questions,
  idleMs,
  addressForm,
}: {
  unitCode: string;
  questions: ReturnType<typeof flatQuestions>;
  idleMs: number;
  addressForm: SurveyForm['addressForm'];
}) {
  const t = useT();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [thanks, setThanks] = useState(false);
  const submit = useMutation({
    mutationFn: () => {
      const body: OfficerResponseBody = { unitCode, channel: 'kiosk', answers };
      return api('/surveys/responses', { method: 'POST', body });
    },
    onSuccess: () => setThanks(true),
  });

  const reset = useCallback(() => {
    setThanks(false);
    setAnswers({});
    setStep(0);
    submit.reset();
  }, [submit.reset]);

  const midSurvey = !thanks && !submit.isPending && (step > 0 || Object.keys(answers).length > 0);
  useIdleTimeout(idleMs, midSurvey, reset);

  const answered = useMemo(() => Object.keys(answers).length, [answers]);
  if (thanks) return <KioskThanks onDone={reset} addressForm={addressForm} />;

  const question = questions[step];
  return (
    <>
      <ProgressDots questions={questions} current={step} answers={answers} />
      {question ? (
        <KioskQuestion
          key={question.code}
          question={question}
          value={answers[question.code]}
          onAnswer={(value) => {
            setAnswers((prev) => ({ ...prev, [question.code]: value }));
            setStep(step + 1);
          }}
        />
      ) : (
        <KioskSubmit
          answered={answered}
          total={questions.length}
          onSubmit={() => submit.mutate()}
          busy={submit.isPending}
          error={submit.error}
          addressForm={addressForm}
        />
      )}
      <nav className="kiosk-nav" aria-label={t('kiosk.navLabel')}>
        <button
          type="button"
          className="kiosk-tool kiosk-navbutton"
          onClick={() => setStep(Math.max(0, step - 1))}
          disabled={step === 0}
        >
          ← {t('kiosk.back')}
        </button>
        {question ? (
          <button type="button" className="kiosk-tool kiosk-navbutton" onClick={() => setStep(step + 1)}>
            {t('kiosk.skip')} →
          </button>
        ) : null}
      </nav>
    </>
  );
}
