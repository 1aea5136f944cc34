import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { FactCard, PublicTimeline } from '../../../components/PublicCase.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { eventLabel, slipLabel, statusLabel } from '../../desk/labels.ts';
import { usePublicDossier } from '../../desk/queries.ts';
import { standingText } from '../../desk/standing.ts';
import type { PublicDossier } from '../../desk/types.ts';
import { PublicLayout } from '../PublicLayout.tsx';

/**
 * /tra-cuu and /tra-cuu/:code?k=… — the dossier clock for the citizen (no sign-in, phone first):
 * how many working days are left, in big type, where the dossier is, what happened. The QR code
 * on the receipt opens /tra-cuu/<code>?k=<check value>; the code alone (codes are sequential and
 * can be guessed) only tells that the dossier exists and asks for the check value printed beside it.
 */
export function TrackPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const params = useParams({ strict: false }) as { code?: string };
  const search = useSearch({ strict: false }) as { k?: string };
  const code = (params.code ?? '').trim();
  const check = (search.k ?? '').trim();
  const lookup = usePublicDossier(code, check);
  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;
  const dossier = lookup.data?.verified ? lookup.data : undefined;
  const exists = lookup.data && !lookup.data.verified ? lookup.data : undefined;

  return (
    <PublicLayout heading={dossier?.unitName}>
      <Stack gap="lg">
        <PageTitle title={code ? `${t('track.title')} ${code}` : t('track.title')}>
          {t('track.title')}
        </PageTitle>
        {code ? null : <Text size="lg">{t('track.intro')}</Text>}
        {code && lookup.isPending ? <PendingPage /> : null}
        {lookup.error ? (
          <Alert color="red" variant="light" role="alert" title={notFound ? t('track.notFound') : undefined}>
            <Text size="md">{errorText(lookup.error)}</Text>
          </Alert>
        ) : null}
        {exists ? (
          <Alert color="blue" variant="light" role="status" title={t('track.exists', { code: exists.code })}>
            <Text size="md">{exists.message}</Text>
          </Alert>
        ) : null}
        {dossier ? <Clock dossier={dossier} /> : null}
        {/* Remounted once the dossier shows: "another dossier" starts empty; after a miss, what was typed stays to correct. */}
        <CodeForm
          key={dossier ? 'again' : `first-${code}-${check}`}
          initialCode={code}
          initialCheck={check}
          again={Boolean(dossier)}
          needCheck={Boolean(exists)}
        />
        {dossier ? <Text size="sm">{t('track.privacy')}</Text> : null}
      </Stack>
    </PublicLayout>
  );
}

function CodeForm({
  initialCode,
  initialCheck,
  again,
  needCheck,
}: {
  initialCode: string;
  initialCheck: string;
  again: boolean;
  needCheck: boolean;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [value, setValue] = useState(again ? '' : initialCode);
  const [check, setCheck] = useState(again ? '' : initialCheck);
  const [missing, setMissing] = useState<{ code?: boolean; check?: boolean }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim().toUpperCase();
    const k = check.replace(/[\s-]/g, '').toUpperCase();
    setMissing({ code: !code, check: !k });
    if (code && k) void navigate({ to: '/tra-cuu/$code', params: { code }, search: { k } });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="track-form">
      <form onSubmit={submit} noValidate aria-labelledby="track-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="track-form">
            {again ? t('track.another') : t('track.code')}
          </Title>
          <TextInput
            label={t('track.code')}
            description={t('track.codeHint')}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={missing.code ? t('track.required') : undefined}
            size="lg"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
          />
          <TextInput
            label={t('track.check')}
            description={t('track.checkHint')}
            value={check}
            onChange={(e) => setCheck(e.currentTarget.value)}
            error={missing.check ? t('track.checkRequired') : undefined}
            size="lg"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            autoFocus={needCheck}
          />
          <Button type="submit" size="lg" fullWidth>
            {t('track.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

type Tone = 'ok' | 'warn' | 'bad' | 'done';

/**
 * The big line: days left or overdue while the dossier is handled; otherwise where it stands, in the
 * words every page shares ("Đã trả kết quả đúng hạn", "Tạm dừng chờ bổ sung hồ sơ").
 */
function clockText(
  t: Translate,
  d: PublicDossier,
  number: (n: number) => string,
): { text: string; hint?: string; tone: Tone } {
  const standing = standingText(t, d.standing, number);
  if (d.status === 5) return { text: standing, hint: t('track.clock.waitingHint'), tone: 'warn' };
  if (d.status === 6) return { text: standing, tone: 'warn' };
  if (d.status === 9) return { text: standing, hint: t('track.clock.readyHint'), tone: 'done' };
  const days = d.remainingWorkingDays;
  if (d.standing.phase !== 'processing' || days === null) return { text: standing, tone: 'done' };
  if (days < 0 || Date.parse(d.dueAt) < Date.now())
    return { text: t('track.clock.overdue'), hint: t('track.clock.overdueHint'), tone: 'bad' };
  if (days === 0) return { text: t('track.clock.today'), tone: 'warn' };
  return { text: t('track.clock.left', { days: number(days) }), tone: days <= 1 ? 'warn' : 'ok' };
}

function Clock({ dossier: d }: { dossier: PublicDossier }) {
  const { t, dateTime, number } = useI18n();
  const clock = clockText(t, d, (n) => number(n));
  const open = d.status !== 9 && d.status !== 10 && d.remainingWorkingDays !== null;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" className="track-clock" data-tone={clock.tone}>
        <Text size="sm" fw={600}>
          {t('track.code')}: <span className="dossier-code">{d.code}</span>
        </Text>
        <p className="track-big">{clock.text}</p>
        {open || d.status === 5 || d.status === 6 ? (
          <Text size="lg" fw={600}>
            {t('track.clock.due', { due: dateTime(d.dueAt) })}
          </Text>
        ) : null}
        {clock.hint ? <Text mt={4}>{clock.hint}</Text> : null}
      </Paper>

      <FactCard
        facts={[
          { label: t('track.status'), value: statusLabel(t, d.status, d.statusName) },
          { label: t('standing.label'), value: standingText(t, d.standing, number) },
          { label: t('track.unit'), value: d.unitName },
          { label: t('track.procedure'), value: d.procedure },
          { label: t('track.applicant'), value: d.applicant },
          { label: t('track.received'), value: dateTime(d.receivedAt) },
        ]}
      />

      {d.pauses.length ? (
        <Paper withBorder p="md" component="section" aria-labelledby="track-pauses">
          <Title order={2} size="h4" id="track-pauses" mb="xs">
            {t('track.pauses')}
          </Title>
          <ul className="plain-list">
            {d.pauses.map((p) => (
              <li key={`${p.at}-${p.kind}`}>
                {p.kind === 'supplement_completed'
                  ? t('track.pause.supplement_completed', { at: dateTime(p.at) })
                  : t('track.pause.supplement_requested', { at: dateTime(p.at) })}
                {p.reason ? <Text size="sm">{t('desk.event.reason', { reason: p.reason })}</Text> : null}
              </li>
            ))}
          </ul>
        </Paper>
      ) : null}

      <PublicTimeline
        title={t('track.timeline')}
        steps={d.timeline.map((e) => ({
          at: e.at,
          kind: e.kind,
          title: eventLabel(t, e.kind),
          lines: e.statusName ? [{ text: `${t('track.status')}: ${e.statusName}` }] : [],
        }))}
      />

      {d.slips.length ? (
        <Paper withBorder p="md" component="section" aria-labelledby="track-slips">
          <Title order={2} size="h4" id="track-slips" mb="xs">
            {t('track.slips')}
          </Title>
          <ul className="plain-list">
            {d.slips.map((s) => (
              <li key={`${s.form}-${s.issuedAt}`}>
                {t('track.slipIssued', {
                  form: slipLabel(t, s.form, { forms: d.regimeForms }),
                  at: dateTime(s.issuedAt),
                })}
              </li>
            ))}
          </ul>
        </Paper>
      ) : null}
    </Stack>
  );
}
