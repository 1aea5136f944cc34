import { Alert, Button, Group, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { COMMENT_MAX } from '../../../../modules/surveys/comments/mask.ts';
import { api } from '../../../api/client.ts';
import { usePublicForm } from '../../../api/survey-queries.ts';
import type { Answers, PublicResponseBody, SurveyForm } from '../../../api/survey-types.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { flatQuestions, profileQuestions } from '../../surveys/form.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { useAddressT } from './address.ts';
import { ConsentNotice } from './ConsentNotice.tsx';
import { clearDraft, loadDraft, saveDraft } from './draft-storage.ts';
import { issuedFormFor } from './issued-form.ts';
import { ProfileQuestions } from './ProfileQuestions.tsx';
import { useProofOfWork } from './proof-of-work.ts';
import { SurveyQuestions } from './SurveyQuestions.tsx';
import { answeredCount, buildSteps, clampStep, type Draft } from './steps.ts';
import { ThankYou } from './ThankYou.tsx';

const route = getRouteApi('/khao-sat/$unitCode');

/** /khao-sat/:unitCode — the citizen's form, reached from the QR poster at the desk. No sign-in. */
export function PublicSurveyPage() {
  const { unitCode } = route.useParams();
  const errorText = useErrorText();
  const form = usePublicForm(unitCode);
  const t = useAddressT(form.data?.addressForm);
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
        <ThankYou unitName={form.data.unit.name} t={t} />
      ) : (
        <SurveyFormView form={form.data} unitCode={unitCode} onDone={() => setDone(true)} t={t} />
      )}
    </PublicLayout>
  );
}

/**
 * The form in steps that fit a phone: the consent notice, one criterion per step, then the
 * profile questions, the optional comment and Gửi. A progress bar at the top; answers kept when
 * going back and forth and across a reload (sessionStorage); the focus moves to each step's
 * heading so a screen reader reads where the citizen is.
 */
function SurveyFormView({
  form,
  unitCode,
  onDone,
  t,
}: {
  form: SurveyForm;
  unitCode: string;
  onDone: () => void;
  t: Translate;
}) {
  const { date, number } = useI18n();
  const errorText = useErrorText();
  const steps = useMemo(() => buildSteps(form), [form]);
  const [draft, setDraft] = useState<Draft>(() => loadDraft(unitCode, form));
  const [consentError, setConsentError] = useState(false);
  const consentRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const total = flatQuestions(form).length;
  const answered = answeredCount(form, draft.answers);
  const index = clampStep(draft.step, steps.length);
  const step = steps[index]!;
  const criteriaCount = steps.length - 2;

  useEffect(() => saveDraft(unitCode, form, draft), [unitCode, form, draft]);
  // A new step: back to the top, and the focus on its heading (not on the first load).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (!moved.current) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, [index]);

  const [issued] = useState(() => issuedFormFor(unitCode, form));
  const proofOfWork = useProofOfWork(issued);

  const submit = useMutation({
    mutationFn: async () => {
      const body: PublicResponseBody = {
        answers: draft.answers,
        consent: true,
        deviceToken: issued.deviceToken,
        proof: await proofOfWork(),
      };
      if (Object.keys(draft.profile).length > 0) body.profile = draft.profile;
      if (draft.comment.trim()) body.comment = draft.comment.trim();
      return api<{ received: true }>(`/public/surveys/${encodeURIComponent(unitCode)}/responses`, {
        method: 'POST',
        body,
      });
    },
    onSuccess: () => {
      clearDraft(unitCode, form);
      window.scrollTo({ top: 0 });
      onDone();
    },
  });
  // A refused response (already answered today, survey closed…): take the focus to the reason.
  useEffect(() => {
    if (submit.error) errorRef.current?.focus();
  }, [submit.error]);

  const go = (delta: number) => {
    moved.current = true;
    setDraft((d) => ({ ...d, step: clampStep(index + delta, steps.length) }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.consent) {
      setConsentError(true);
      if (index !== 0) go(-index);
      else consentRef.current?.focus();
      return;
    }
    if (step.kind === 'finish') submit.mutate();
    else go(1);
  };

  const set = (field: 'answers' | 'profile') => (code: string, value: number | undefined) =>
    setDraft((d) => {
      const next: Answers = { ...d[field] };
      if (value === undefined) delete next[code];
      else next[code] = value;
      return { ...d, [field]: next };
    });

  const title = form.wave?.title ?? form.questionnaire.title;
  const heading =
    step.kind === 'consent'
      ? t('survey.consent.title')
      : step.kind === 'criterion'
        ? step.criterion.title
        : t('survey.step.finishTitle');
  const progress = t('survey.step.progress', {
    step: number(index + 1),
    steps: number(steps.length),
    answered: number(answered),
    total: number(total),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <div>
          <PageTitle title={title}>{title}</PageTitle>
          {index === 0 ? (
            <>
              {form.wave ? (
                <Text size="sm" c="dimmed" mt={4}>
                  {t('survey.closesOn', { date: date(form.wave.closesOn) })}
                </Text>
              ) : null}
              <Text size="sm" mt={4}>
                {form.questionnaire.title}
              </Text>
            </>
          ) : null}
        </div>
        <div className="survey-progress">
          <Text size="sm" fw={600} id="survey-progress-label" role="status" aria-live="polite">
            {progress}
          </Text>
          <Progress
            value={((index + 1) / steps.length) * 100}
            size="lg"
            mt={6}
            aria-labelledby="survey-progress-label"
          />
        </div>
        <section aria-labelledby="survey-step-heading">
          {step.kind === 'criterion' ? (
            <Text size="sm" c="dimmed">
              {t('survey.step.criterion', {
                number: number(index),
                count: number(criteriaCount),
              })}
            </Text>
          ) : null}
          <Title order={2} size="h3" id="survey-step-heading" ref={headingRef} tabIndex={-1} mb="sm">
            {heading}
          </Title>
          {step.kind === 'consent' ? (
            <Stack gap="sm">
              <ConsentNotice
                ref={consentRef}
                text={form.consentText}
                checked={draft.consent}
                onChange={(checked) => {
                  setDraft((d) => ({ ...d, consent: checked }));
                  if (checked) setConsentError(false);
                }}
                error={consentError}
                t={t}
              />
              <Text>{t('survey.intro', { count: total })}</Text>
            </Stack>
          ) : null}
          {step.kind === 'criterion' ? (
            <SurveyQuestions
              criterion={step.criterion}
              firstNumber={step.firstNumber}
              answers={draft.answers}
              onAnswer={set('answers')}
              t={t}
            />
          ) : null}
          {step.kind === 'finish' ? (
            <Stack gap="lg">
              <Text>
                {t('survey.step.finishIntro', { answered: number(answered), total: number(total) })}
              </Text>
              <ProfileQuestions
                questions={profileQuestions(form)}
                answers={draft.profile}
                onAnswer={set('profile')}
                t={t}
              />
              <Textarea
                label={t('survey.comment.label')}
                description={t('survey.comment.hint', { max: number(COMMENT_MAX) })}
                value={draft.comment}
                onChange={(e) => {
                  const comment = e.currentTarget.value;
                  setDraft((d) => ({ ...d, comment }));
                }}
                maxLength={COMMENT_MAX}
                autosize
                minRows={3}
                maxRows={10}
                size="md"
                inputWrapperOrder={['label', 'description', 'input', 'error']}
              />
              <Text size="xs" c="dimmed" mt={-12} aria-live="polite">
                {t('survey.comment.count', { count: number(draft.comment.length), max: number(COMMENT_MAX) })}
              </Text>
            </Stack>
          ) : null}
        </section>
        {submit.error ? (
          <Alert ref={errorRef} tabIndex={-1} color="red" variant="light" role="alert">
            {errorText(submit.error)}
          </Alert>
        ) : null}
        <Group className="survey-nav" grow wrap="nowrap">
          {index > 0 ? (
            <Button type="button" size="lg" variant="default" onClick={() => go(-1)}>
              {t('survey.step.back')}
            </Button>
          ) : null}
          <Button type="submit" size="lg" loading={step.kind === 'finish' && submit.isPending}>
            {step.kind === 'finish'
              ? t('survey.submit')
              : step.kind === 'consent'
                ? t('survey.step.start')
                : t('survey.step.next')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('survey.step.saved')}
        </Text>
      </Stack>
    </form>
  );
}
