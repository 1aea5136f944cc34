import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client.ts';
import { fieldError, useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { FeedbackLookup, LookupBody } from '../../feedback/types.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { TrackingView } from './TrackingPage.tsx';

const route = getRouteApi('/phan-anh/theo-doi');
/** Codes and keys are typed, not words: large, no autocomplete, no spelling marks. */
const TYPED = { size: 'lg', autoComplete: 'off', spellCheck: false } as const;

/**
 * /phan-anh/theo-doi — "Theo dõi phản ánh": the code and, in a second field, the check value
 * shown with it at submission or the phone or e-mail given with the report. Sent in a POST body
 * (a phone number never sits in the address bar or a log). The page shown is read only: rating
 * and adding information stay with the link given at submission.
 */
export function FollowPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const initial = route.useSearch().ma ?? '';
  const [code, setCode] = useState(initial);
  const [key, setKey] = useState('');
  const [missing, setMissing] = useState<{ code?: boolean; key?: boolean }>({});
  const resultRef = useRef<HTMLDivElement>(null);
  const lookup = useMutation({
    mutationFn: (body: LookupBody) =>
      api<FeedbackLookup>('/public/feedback/lookup', { method: 'POST', body }),
  });
  useEffect(() => {
    if (lookup.data || lookup.error) resultRef.current?.focus();
  }, [lookup.data, lookup.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const c = code.trim().toUpperCase();
    const k = key.trim();
    setMissing({ code: !c, key: !k });
    if (c && k) lookup.mutate({ code: c, key: k });
  };
  const found = lookup.data?.verified ? lookup.data : undefined;
  const exists = lookup.data && !lookup.data.verified ? lookup.data : undefined;

  return (
    <PublicLayout heading={found?.tracking.unitName}>
      <Stack gap="lg">
        <PageTitle title={t('fb.follow.title')}>{t('fb.follow.title')}</PageTitle>
        <Text size="lg">{t('fb.follow.intro')}</Text>
        <Paper withBorder p="md" component="section" aria-labelledby="fb-follow-form">
          <form onSubmit={submit} noValidate aria-labelledby="fb-follow-form">
            <Stack gap="sm">
              <Title order={2} size="h4" id="fb-follow-form">
                {t('fb.follow.form')}
              </Title>
              <TextInput
                {...TYPED}
                label={t('fb.follow.code')}
                description={t('fb.follow.codeHint')}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={missing.code ? t('fb.follow.codeRequired') : fieldError(lookup.error, 'code')}
                autoCapitalize="characters"
                maxLength={40}
              />
              <TextInput
                {...TYPED}
                label={t('fb.follow.key')}
                description={t('fb.follow.keyHint')}
                value={key}
                onChange={(e) => setKey(e.currentTarget.value)}
                error={missing.key ? t('fb.follow.keyRequired') : fieldError(lookup.error, 'key')}
                maxLength={200}
                autoFocus={Boolean(initial)}
              />
              <Button type="submit" size="lg" fullWidth loading={lookup.isPending}>
                {t('fb.follow.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <div ref={resultRef} tabIndex={-1}>
          {lookup.error ? (
            <Alert color="red" variant="light" role="alert" title={t('fb.follow.failed')}>
              <Text size="md">{errorText(lookup.error)}</Text>
            </Alert>
          ) : null}
          {exists ? (
            <Alert color="blue" variant="light" role="status">
              <Text size="md">{exists.message}</Text>
            </Alert>
          ) : null}
          {found ? (
            <Stack gap="md">
              <Alert color="blue" variant="light" role="status">
                <Text size="md">{t('fb.follow.readOnly')}</Text>
              </Alert>
              <TrackingView item={found.tracking} token="" />
            </Stack>
          ) : null}
        </div>
        <Anchor component={Link} to="/phan-anh/gui" className="tap-link">
          {t('fb.follow.send')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
