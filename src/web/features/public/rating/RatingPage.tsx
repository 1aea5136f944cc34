import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, Fragment, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { useRatingForm } from '../../desk/queries.ts';
import { standingText } from '../../desk/standing.ts';
import type { RatingForm } from '../../desk/types.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { ChoiceGroup } from '../survey/ChoiceGroup.tsx';

const route = getRouteApi('/danh-gia/$code');

/** The indicators the server computes from the dossier (ND61-QUAY questions with source "dossier"). */
const OBJECTIVE: Record<string, { label: MessageKey; values: Record<number, MessageKey> }> = {
  TIME_TOTAL: {
    label: 'rating.obj.TIME_TOTAL',
    values: { 0: 'rating.obj.TIME_TOTAL.0', 1: 'rating.obj.TIME_TOTAL.1', 2: 'rating.obj.TIME_TOTAL.2' },
  },
  TIME_AGENCIES: {
    label: 'rating.obj.TIME_AGENCIES',
    values: {
      0: 'rating.obj.TIME_AGENCIES.0',
      1: 'rating.obj.TIME_AGENCIES.1',
      2: 'rating.obj.TIME_AGENCIES.2',
    },
  },
  CONTACTS: {
    label: 'rating.obj.CONTACTS',
    values: { 0: 'rating.obj.CONTACTS.0', 1: 'rating.obj.CONTACTS.1', 2: 'rating.obj.CONTACTS.2' },
  },
  AGENCIES: {
    label: 'rating.obj.AGENCIES',
    values: { 0: 'rating.obj.AGENCIES.0', 1: 'rating.obj.AGENCIES.1', 2: 'rating.obj.AGENCIES.2' },
  },
};

/**
 * /danh-gia/:code?t=… — the applicant rates how one dossier was handled, on the form of the regime
 * the dossier was received under (NĐ 61's nine indicators before 1/7/2025, the adapted NĐ 118 form
 * from then on), from the QR on the receipt or the invitation. No sign-in, phone first, once per
 * dossier. The page names the regime and, in its footer, where the form comes from and whether that
 * is verified.
 */
export function RatingPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { code } = route.useParams();
  const token = route.useSearch().t ?? '';
  const form = useRatingForm(code, token);
  const [done, setDone] = useState(false);

  const failure = (title: string, body: string) => (
    <Stack gap="md">
      <PageTitle title={title}>{title}</PageTitle>
      <Alert color={title === t('rating.already') ? 'blue' : 'red'} variant="light" role="alert">
        <Text size="md">{body}</Text>
      </Alert>
      <TrackLink code={code} />
    </Stack>
  );

  let body: ReactNode;
  if (!token) body = failure(t('rating.invalid'), t('rating.noToken'));
  else if (form.isPending) body = <PendingPage />;
  else if (form.error || !form.data) {
    const already = form.error instanceof ApiError && form.error.code === 'ALREADY_RATED';
    body = failure(already ? t('rating.already') : t('rating.invalid'), errorText(form.error));
  } else if (done) body = <Thanks code={form.data.dossier.code} />;
  else body = <RatingFormView form={form.data} code={code} token={token} onDone={() => setDone(true)} />;

  return <PublicLayout heading={form.data?.dossier.unitName}>{body}</PublicLayout>;
}

function TrackLink({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/tra-cuu/$code" params={{ code }} />}
      size="lg"
      className="tap-link"
    >
      {t('rating.track')}
    </Anchor>
  );
}

function Thanks({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <PageTitle title={t('rating.thanks.title')}>{t('rating.thanks.title')}</PageTitle>
        <Text size="lg">{t('rating.thanks.body', { code })}</Text>
        <TrackLink code={code} />
      </Stack>
    </Paper>
  );
}

function RatingFormView({
  form,
  code,
  token,
  onDone,
}: {
  form: RatingForm;
  code: string;
  token: string;
  onDone: () => void;
}) {
  const { t, number } = useI18n();
  const errorText = useErrorText();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [empty, setEmpty] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const questions = form.questionnaire.criteria.flatMap((c) => c.questions);
  const answered = Object.keys(answers).length;

  const submit = useMutation({
    mutationFn: () =>
      api<{ received: true }>(`/public/dossiers/${encodeURIComponent(code)}/rating`, {
        method: 'POST',
        query: { t: token },
        body: { answers },
      }),
    onSuccess: () => {
      window.scrollTo({ top: 0 });
      onDone();
    },
  });
  useEffect(() => {
    if (submit.error || empty) errorRef.current?.focus();
  }, [submit.error, empty]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (answered === 0) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    submit.mutate();
  };
  const already = submit.error instanceof ApiError && submit.error.code === 'ALREADY_RATED';
  const objective = Object.entries(form.fromDossier).filter(([key]) => OBJECTIVE[key]);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <div>
          <PageTitle title={t('rating.title')}>{t('rating.title')}</PageTitle>
          <Text size="lg" mt={4}>
            {t('rating.intro', { code: form.dossier.code, unit: form.dossier.unitName })}
          </Text>
          <Text mt={4}>{t('rating.howTo')}</Text>
          <Text size="sm" mt={4}>
            {t('rating.anonymous')}
          </Text>
          <Text size="lg" fw={600} mt={4} data-testid="rating-standing">
            {t('standing.label')}: {standingText(t, form.standing, (n) => number(n))}
          </Text>
          <Text size="sm" mt={4} data-testid="rating-regime">
            {t('rating.regime', { decree: form.regime.decree, circular: form.regime.circular })}
          </Text>
        </div>

        {objective.length ? (
          <Paper withBorder p="md" component="section" aria-labelledby="rating-objective" bg="gray.0">
            <Title order={2} size="h4" id="rating-objective">
              {t('rating.fromDossier')}
            </Title>
            <Text size="sm" mb="sm">
              {t('rating.fromDossierHint')}
            </Text>
            <dl className="kv">
              {objective.map(([key, value]) => {
                const item = OBJECTIVE[key];
                if (!item) return null;
                const valueKey = value === null ? undefined : item.values[value];
                // Without a hand-over there is no other agency to time: not "no result yet".
                const missing =
                  key === 'TIME_AGENCIES' && !form.handedOver ? 'rating.noHandover' : 'rating.notYet';
                return (
                  <Fragment key={key}>
                    <dt>{t(item.label)}</dt>
                    <dd>{valueKey ? t(valueKey) : t(missing)}</dd>
                  </Fragment>
                );
              })}
            </dl>
          </Paper>
        ) : null}

        {questions.map((q, i) => (
          <ChoiceGroup
            key={q.code}
            name={`rating-${q.code}`}
            legend={
              <>
                <span className="question-number">{i + 1}.</span> {q.text}
              </>
            }
            options={q.options}
            value={answers[q.code]}
            onChange={(value) =>
              setAnswers((prev) => {
                const next = { ...prev };
                if (value === undefined) delete next[q.code];
                else next[q.code] = value;
                return next;
              })
            }
            shortName={t('survey.questionShort', { number: i + 1 })}
          />
        ))}

        <Stack gap="sm" className="survey-submit">
          <Text role="status" aria-live="polite" size="sm">
            {t('rating.answered', { answered: number(answered), total: number(questions.length) })}
          </Text>
          {submit.error || empty ? (
            <Alert
              ref={errorRef}
              tabIndex={-1}
              color={already ? 'blue' : 'red'}
              variant="light"
              role="alert"
              title={already ? t('rating.already') : undefined}
            >
              {empty ? t('rating.empty') : errorText(submit.error)}
            </Alert>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={submit.isPending} disabled={already}>
            {t('rating.submit')}
          </Button>
        </Stack>
        <FormSource form={form} />
      </Stack>
    </form>
  );
}

/** Where the form comes from and whether its legal basis is verified ("chưa kiểm chứng"). */
function FormSource({ form }: { form: RatingForm }) {
  const { t } = useI18n();
  const document = form.questionnaire.document ?? form.evaluation.legalBasis ?? form.questionnaire.title;
  return (
    <Text component="footer" size="sm" data-testid="rating-source">
      {t(`rating.source.${form.evaluation.status}`, { document })}
      {form.evaluation.verified ? null : ` ${t('rating.source.unverified')}`}
    </Text>
  );
}
