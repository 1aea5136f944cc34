import { Alert, Anchor, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client.ts';
import { fieldError, useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { FactCard, PublicTimeline } from '../../../components/PublicCase.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { eventLabel, statusLabel } from '../../feedback/labels.ts';
import { RATING_REASON_MIN } from '../../feedback/limits.ts';
import { PolicyLine } from '../../feedback/PolicyLine.tsx';
import { feedbackKeys, useTracking } from '../../feedback/queries.ts';
import type { InfoBody, RatingBody, Tracking } from '../../feedback/types.ts';
import { PublicLayout } from '../PublicLayout.tsx';

const route = getRouteApi('/phan-anh/theo-doi/$code');
const enc = encodeURIComponent;

/**
 * /phan-anh/theo-doi/:code?t=… — the reporter's page, from the link given at reception (no
 * sign-in, phone first): the state in words, the deadline, the answer once given, and then the
 * rating: "Hài lòng" or "Chưa hài lòng" with a reason, which reopens the item for review.
 */
export function TrackingPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { code } = route.useParams();
  const token = route.useSearch().t ?? '';
  const tracking = useTracking(code, token);
  const title = t('fb.track.title', { code: tracking.data?.code ?? code });

  return (
    <PublicLayout heading={tracking.data?.unitName}>
      <Stack gap="lg">
        <PageTitle title={title}>
          {t('fb.track.heading')} <span className="nowrap">{tracking.data?.code ?? code}</span>
        </PageTitle>
        {!token ? (
          <Alert color="red" variant="light" role="alert" title={t('fb.track.invalid')}>
            <Text size="md">{t('fb.track.noToken')}</Text>
          </Alert>
        ) : null}
        {token && tracking.isPending ? <PendingPage /> : null}
        {tracking.error ? (
          <Alert color="red" variant="light" role="alert" title={t('fb.track.invalid')}>
            <Text size="md">{errorText(tracking.error)}</Text>
          </Alert>
        ) : null}
        {tracking.data ? <TrackingView item={tracking.data} token={token} /> : null}
        <Anchor component={Link} to="/phan-anh" className="tap-link">
          {t('fb.track.public')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}

type Tone = 'ok' | 'warn' | 'bad' | 'done';

function toneOf(status: Tracking['status']): Tone {
  if (status === 'da_tra_loi' || status === 'da_cong_khai') return 'done';
  if (status === 'tu_choi') return 'bad';
  if (status === 'cho_bo_sung') return 'warn';
  return 'ok';
}

/** One sentence on what the state means for the reporter. */
function statusHint(t: Translate, item: Tracking): string {
  switch (item.status) {
    case 'cho_tiep_nhan':
    case 'da_chuyen':
      return t('fb.track.hint.waiting');
    case 'cho_bo_sung':
      return t('fb.track.hint.info');
    case 'dang_xu_ly':
    case 'cho_duyet':
      return t('fb.track.hint.handling');
    case 'da_tra_loi':
    case 'da_cong_khai':
      return t('fb.track.hint.answered');
    case 'tu_choi':
      return item.mergedInto ? t('fb.track.hint.merged') : t('fb.track.hint.rejected');
    default:
      return '';
  }
}

/** The reporter's page; without a token (followed by code and key) it is read only. */
export function TrackingView({ item, token }: { item: Tracking; token: string }) {
  const { t, dateTime } = useI18n();
  const open = !['tu_choi', 'da_tra_loi', 'da_cong_khai'].includes(item.status);
  const rejection = [...item.timeline].reverse().find((e) => e.kind === 'rejected' && e.reason);
  const question = [...item.timeline].reverse().find((e) => e.kind === 'info_requested' && e.question);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" className="track-clock" data-tone={toneOf(item.status)}>
        <Text size="sm" fw={600}>
          {t('fb.track.code')}: <span className="dossier-code">{item.code}</span>
        </Text>
        <p className="track-big">{statusLabel(t, item.status, item.statusName)}</p>
        {open ? (
          <Text size="lg" fw={600}>
            {t('fb.track.answerBy', { due: dateTime(item.answerBy) })}
          </Text>
        ) : null}
        <PolicyLine policy={item.deadlinePolicy} />
        <Text mt={4}>{statusHint(t, item)}</Text>
        {rejection?.reason && item.status === 'tu_choi' && !item.mergedInto ? (
          <Text mt={4} fw={600}>
            {t('fb.event.reason', { reason: rejection.reason })}
          </Text>
        ) : null}
      </Paper>

      {item.mergedInto ? (
        <Paper withBorder p="md" component="section" aria-labelledby="track-merged">
          <Title order={2} size="h4" id="track-merged" mb="xs">
            {t('fb.track.merged', { code: item.mergedInto.code })}
          </Title>
          <Text>{t('fb.track.mergedStatus', { status: item.mergedInto.statusName })}</Text>
          {item.mergedInto.answer ? (
            <Text mt="xs" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {item.mergedInto.answer}
            </Text>
          ) : null}
        </Paper>
      ) : null}

      {item.canAddInfo ? <InfoForm item={item} token={token} question={question?.question ?? null} /> : null}

      {item.answer ? (
        <Paper withBorder p="md" component="section" aria-labelledby="track-answer" className="fb-answer-box">
          <Title order={2} size="h4" id="track-answer" mb="xs">
            {t('fb.track.answer')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{item.answer}</Text>
          <Text size="sm" mt="xs">
            {[
              item.answeredAt ? t('fb.public.answeredAt', { at: dateTime(item.answeredAt) }) : '',
              item.publishedAt ? t('fb.public.publishedAt', { at: dateTime(item.publishedAt) }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {item.status === 'da_cong_khai' ? (
            <Anchor
              renderRoot={(props) => <Link {...props} to="/phan-anh/$code" params={{ code: item.code }} />}
              className="tap-link"
            >
              {t('fb.track.publicItem')}
            </Anchor>
          ) : null}
        </Paper>
      ) : null}

      <RatingSection item={item} token={token} />

      <FactCard
        facts={[
          { label: t('fb.track.category'), value: item.categoryName },
          { label: t('fb.track.unit'), value: item.unitName },
          { label: t('fb.track.received'), value: dateTime(item.receivedAt) },
          item.address ? { label: t('fb.track.place'), value: item.address } : null,
          { label: t('fb.track.content'), value: item.description, preLine: true },
        ]}
      />

      <PublicTimeline
        title={t('fb.track.timeline')}
        steps={item.timeline.map((e) => ({
          at: e.at,
          kind: e.kind,
          title: e.kind === 'approved' ? t('fb.track.answered') : eventLabel(t, e.kind),
          lines: [
            e.statusName ? { text: `${t('fb.track.status')}: ${e.statusName}` } : null,
            e.question ? { text: t('fb.event.question', { question: e.question }), wrap: true } : null,
            e.reason ? { text: t('fb.event.reason', { reason: e.reason }), wrap: true } : null,
          ].filter((line) => line !== null),
        }))}
      />
      {token ? <Text size="sm">{t('fb.track.privacy')}</Text> : null}
    </Stack>
  );
}

/** The reporter answers the unit's question; handling goes on. */
function InfoForm({ item, token, question }: { item: Tracking; token: string; question: string | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const send = useMutation({
    mutationFn: (body: InfoBody) =>
      api<Tracking>(`/public/feedback/${enc(item.code)}/info`, { method: 'POST', query: { t: token }, body }),
    onSuccess: (next) => queryClient.setQueryData(feedbackKeys.tracking(item.code, token), next),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = [...text.trim()].length >= 5;
    setInvalid(!ok);
    if (ok) send.mutate({ text: text.trim() });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="track-info">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="track-info">
            {t('fb.track.infoTitle')}
          </Title>
          {question ? <Text fw={600}>{t('fb.event.question', { question })}</Text> : null}
          {send.error ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(send.error)}
            </Alert>
          ) : null}
          <Textarea
            label={t('fb.track.info')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={invalid ? t('fb.form.tooShort', { min: 5 }) : fieldError(send.error, 'text')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={4000}
            size="md"
          />
          <Button type="submit" size="lg" fullWidth loading={send.isPending}>
            {t('fb.track.infoSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** Rate the answer once; "Chưa hài lòng" needs a reason and reopens the item. */
function RatingSection({ item, token }: { item: Tracking; token: string }) {
  const { t, dateTime } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<RatingBody['rating'] | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [result, setResult] = useState<{ rating: string; reopened: boolean } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const rate = useMutation({
    mutationFn: (body: RatingBody) =>
      api<{ rating: string; reopened: boolean }>(`/public/feedback/${enc(item.code)}/rating`, {
        method: 'POST',
        query: { t: token },
        body,
      }),
    onSuccess: async (r) => {
      setResult(r);
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.tracking(item.code, token) });
    },
  });
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  useEffect(() => {
    if (rate.error || invalid) errorRef.current?.focus();
  }, [rate.error, invalid]);

  if (result) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="track-rated">
        <div ref={resultRef} tabIndex={-1} role="status">
          <Title order={2} size="h4" id="track-rated" mb="xs">
            {t('fb.track.ratedTitle')}
          </Title>
          <Text size="lg">{t(result.reopened ? 'fb.track.reopened' : 'fb.track.thanks')}</Text>
          {result.reopened && item.status === 'dang_xu_ly' ? (
            <Text mt={4} fw={600}>
              {t('fb.track.answerBy', { due: dateTime(item.answerBy) })}
            </Text>
          ) : null}
        </div>
      </Paper>
    );
  }
  if (!item.canRate) {
    if (!item.rating) return null;
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="track-rated">
        <Title order={2} size="h4" id="track-rated" mb="xs">
          {t('fb.track.ratedTitle')}
        </Title>
        <StatusBadge tone={item.rating === 'satisfied' ? 'ok' : 'warn'}>
          {t(item.rating === 'satisfied' ? 'fb.rating.satisfied' : 'fb.rating.dissatisfied')}
        </StatusBadge>
        {item.rating === 'dissatisfied' && item.status === 'dang_xu_ly' ? (
          <Text mt="xs">{t('fb.track.reopenedNote')}</Text>
        ) : null}
      </Paper>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setInvalid(t('fb.track.rateChoose'));
      return;
    }
    if (choice === 'dissatisfied' && [...reason.trim()].length < RATING_REASON_MIN) {
      setInvalid(t('fb.track.reasonRequired', { min: RATING_REASON_MIN }));
      return;
    }
    setInvalid(undefined);
    rate.mutate({ rating: choice, ...(reason.trim() ? { reason: reason.trim() } : {}) });
  };
  const options: { value: RatingBody['rating']; label: string }[] = [
    { value: 'satisfied', label: t('fb.rating.satisfied') },
    { value: 'dissatisfied', label: t('fb.rating.dissatisfied') },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="track-rate">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="track-rate">
            {t('fb.track.rateTitle')}
          </Title>
          <fieldset className="choice-group">
            <legend>{t('fb.track.rateQuestion')}</legend>
            <div className="choice-rows">
              {options.map((o) => (
                <label key={o.value} className="choice-row">
                  <input
                    type="radio"
                    name="fb-rating"
                    value={o.value}
                    checked={choice === o.value}
                    onChange={() => {
                      setChoice(o.value);
                      setInvalid(undefined);
                    }}
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {choice === 'dissatisfied' ? (
            <Textarea
              label={t('fb.track.reason')}
              description={t('fb.track.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(rate.error, 'reason')}
              withAsterisk
              autosize
              minRows={3}
              maxLength={2000}
              size="md"
            />
          ) : null}
          {invalid || rate.error ? (
            <Alert ref={errorRef} tabIndex={-1} color="red" variant="light" role="alert">
              {invalid ?? errorText(rate.error)}
            </Alert>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={rate.isPending}>
            {t('fb.track.rateSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
