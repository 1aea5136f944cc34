import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client.ts';
import { usePublicForm } from '../../../api/survey-queries.ts';
import type { Answers, PublicResponseBody, SurveyForm } from '../../../api/survey-types.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { flatQuestions, profileQuestions } from '../../surveys/form.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { ConsentNotice } from './ConsentNotice.tsx';
import { issuedFormFor } from './issued-form.ts';
import { ProfileQuestions } from './ProfileQuestions.tsx';
import { useProofOfWork } from './proof-of-work.ts';
import { SurveyQuestions } from './SurveyQuestions.tsx';
import { ThankYou } from './ThankYou.tsx';

const route = getRouteApi('/khao-sat/$unitCode');

/** /khao-sat/:unitCode — the citizen's form, reached from the QR poster at the desk. No sign-in. */
export function PublicSurveyPage() {
  const { unitCode } = route.useParams();
  const { t } = useI18n();
  const errorText = useErrorText();
  const form = usePublicForm(unitCode);
  const [done, setDone] = useState(false);

  if (form.isPending) {
    return (
      <PublicLayout>
        <PendingPage />
      </PublicLayout>
    );
  }
  if (form.error || !form.data) {
    return (
      <PublicLayout>
        <Stack gap="md">
          <PageTitle title={t('survey.unavailable')}>{t('survey.unavailable')}</PageTitle>
          <Alert color="red" variant="light" role="alert">
            {errorText(form.error)}
          </Alert>
        </Stack>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout heading={form.data.unit.name}>
      {done ? (
        <ThankYou unitName={form.data.unit.name} />
      ) : (
        <SurveyFormView form={form.data} unitCode={unitCode} onDone={() => setDone(true)} />
      )}
    </PublicLayout>
  );
}

function SurveyFormView({
  form,
  unitCode,
  onDone,
}: {
  form: SurveyForm;
  unitCode: string;
  onDone: () => void;
}) {
  const { t, date, number } = useI18n();
  const errorText = useErrorText();
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [profile, setProfile] = useState<Answers>({});
  const consentRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const total = flatQuestions(form).length;
  const answered = Object.keys(answers).length;

  const [issued] = useState(() => issuedFormFor(unitCode, form));
  const proofOfWork = useProofOfWork(issued);

  const submit = useMutation({
    mutationFn: async () => {
      const body: PublicResponseBody = {
        answers,
        consent: true,
        deviceToken: issued.deviceToken,
        proof: await proofOfWork(),
      };
      if (Object.keys(profile).length > 0) body.profile = profile;
      return api<{ received: true }>(`/public/surveys/${encodeURIComponent(unitCode)}/responses`, {
        method: 'POST',
        body,
      });
    },
    onSuccess: () => {
      window.scrollTo({ top: 0 });
      onDone();
    },
  });
  // A refused response (already answered today, survey closed…): take the focus to the reason.
  useEffect(() => {
    if (submit.error) errorRef.current?.focus();
  }, [submit.error]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!consent) {
      setConsentError(true);
      consentRef.current?.focus();
      return;
    }
    submit.mutate();
  };

  const set = (setter: typeof setAnswers) => (code: string, value: number | undefined) =>
    setter((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[code];
      else next[code] = value;
      return next;
    });

  const title = form.wave?.title ?? form.questionnaire.title;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <div>
          <PageTitle title={title}>{title}</PageTitle>
          {form.wave ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('survey.closesOn', { date: date(form.wave.closesOn) })}
            </Text>
          ) : null}
          <Text size="sm" mt={4}>
            {form.questionnaire.title}
          </Text>
        </div>
        <ConsentNotice
          ref={consentRef}
          text={form.consentText}
          checked={consent}
          onChange={(checked) => {
            setConsent(checked);
            if (checked) setConsentError(false);
          }}
          error={consentError}
        />
        <Text>{t('survey.intro', { count: total })}</Text>
        <SurveyQuestions
          criteria={form.questionnaire.criteria}
          answers={answers}
          onAnswer={set(setAnswers)}
        />
        <ProfileQuestions questions={profileQuestions(form)} answers={profile} onAnswer={set(setProfile)} />
        <Stack gap="sm" className="survey-submit">
          <Text role="status" aria-live="polite" size="sm">
            {t('survey.answered', { answered: number(answered), total: number(total) })}
          </Text>
          {submit.error ? (
            <Alert ref={errorRef} tabIndex={-1} color="red" variant="light" role="alert">
              {errorText(submit.error)}
            </Alert>
          ) : null}
          {consentError ? (
            <Text c="red.9" size="sm" fw={600}>
              {t('survey.consent.required')}
            </Text>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={submit.isPending}>
            {t('survey.submit')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
