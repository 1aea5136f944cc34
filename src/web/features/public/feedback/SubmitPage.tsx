import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { uploadForm } from '../../../api/upload.ts';
import { fieldError, useErrorText } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { foldedFilter } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { type Contact, ContactFields, contactErrors, EMPTY_CONTACT } from '../../feedback/ContactFields.tsx';
import { categoryOptions } from '../../feedback/categories.ts';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../../feedback/limits.ts';
import { usePublicCategories } from '../../feedback/queries.ts';
import type { Received } from '../../feedback/types.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { type Photo, PhotoPicker } from './PhotoPicker.tsx';
import { UnitChoice } from './UnitChoice.tsx';

type Sending = { kind: 'idle' } | { kind: 'sending'; percent: number } | { kind: 'failed'; error: unknown };

/**
 * /phan-anh/gui — the citizen's report, phone first: the category, what happened, where, the unit
 * that will handle it (suggested, changeable), up to three photos, and contact details only with
 * consent. Sent as one multipart form with a progress bar; the answer is the code and the private
 * tracking link.
 */
export function SubmitPage() {
  const [received, setReceived] = useState<Received | null>(null);
  const [round, setRound] = useState(0);
  return (
    <PublicLayout>
      {received ? (
        <SubmitDone
          received={received}
          onAnother={() => {
            setReceived(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <SubmitForm key={round} onDone={setReceived} />
      )}
    </PublicLayout>
  );
}

function SubmitForm({ onDone }: { onDone: (received: Received) => void }) {
  const { t, number } = useI18n();
  const errorText = useErrorText();
  const categories = usePublicCategories();
  const [category, setCategory] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [address, setAddress] = useState('');
  const [unitPick, setUnitPick] = useState<string | null>(null);
  const [unitCode, setUnitCode] = useState<string | undefined>();
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [consent, setConsent] = useState(false);
  const [contact, setContact] = useState<Contact>(EMPTY_CONTACT);
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});
  const [sending, setSending] = useState<Sending>({ kind: 'idle' });
  const summaryRef = useRef<HTMLDivElement>(null);
  const onEffective = useCallback((code: string | undefined) => setUnitCode(code), []);
  const chosenCategory = categories.data?.categories.find((c) => c.code === category);
  // While photos are being made smaller, the form waits for them.
  const [shrinking, setShrinking] = useState(false);
  const busy = sending.kind === 'sending' || shrinking;
  const serverError = sending.kind === 'failed' ? sending.error : null;
  const hasInvalid = Object.values(invalid).some(Boolean);

  useEffect(() => {
    if (serverError || hasInvalid) summaryRef.current?.focus();
  }, [serverError, hasInvalid]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const text = description.trim();
    const next: Record<string, string | undefined> = {
      categoryCode: category ? undefined : t('fb.form.categoryRequired'),
      description: !text
        ? t('fb.form.descriptionRequired')
        : [...text].length < DESCRIPTION_MIN
          ? t('fb.form.descriptionShort', { min: DESCRIPTION_MIN })
          : undefined,
      ...contactErrors(t, consent, contact),
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean)) {
      setSending({ kind: 'idle' });
      return;
    }
    const form = new FormData();
    form.set('categoryCode', category ?? '');
    form.set('description', text);
    if (address.trim()) form.set('address', address.trim());
    if (unitCode) form.set('unitCode', unitCode);
    form.set('contactConsent', consent ? 'true' : 'false');
    if (consent) {
      if (contact.name.trim()) form.set('name', contact.name.trim());
      if (contact.phone.trim()) form.set('phone', contact.phone.trim());
      if (contact.email.trim()) form.set('email', contact.email.trim());
    }
    for (const p of photos) form.append('photos', p.file, p.file.name);
    setSending({ kind: 'sending', percent: 0 });
    try {
      const received = await uploadForm<Received>({
        path: '/public/feedback',
        form,
        onProgress: (percent) => setSending({ kind: 'sending', percent }),
      });
      window.scrollTo({ top: 0 });
      onDone(received);
    } catch (error) {
      setSending({ kind: 'failed', error });
    }
  };

  const err = (field: string, ...more: string[]) =>
    invalid[field] ?? [field, ...more].map((f) => fieldError(serverError, f)).find(Boolean);
  const photoError =
    [0, 1, 2].map((i) => fieldError(serverError, `photos[${i}]`)).find(Boolean) ??
    fieldError(serverError, 'photos');
  const length = [...description].length;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/phan-anh" className="tap-link">
            ← {t('fb.public.back')}
          </Anchor>
          <PageTitle title={t('fb.form.title')}>{t('fb.form.title')}</PageTitle>
          <Text mt={4}>{t('fb.form.intro')}</Text>
        </div>

        <Select
          label={t('fb.form.category')}
          description={t('fb.form.categoryHint')}
          placeholder={t('fb.form.categoryPlaceholder')}
          data={categoryOptions(categories.data?.categories)}
          value={category}
          onChange={(value) => {
            setCategory(value);
            setUnitPick(null);
          }}
          error={err('categoryCode')}
          searchable
          filter={foldedFilter}
          nothingFoundMessage={t('fb.filter.noCategory')}
          withAsterisk
          size="md"
          disabled={busy}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={t('fb.form.description')}
          description={t('fb.form.descriptionHint')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={err('description')}
          withAsterisk
          autosize
          minRows={5}
          maxLength={DESCRIPTION_MAX}
          size="md"
          disabled={busy}
        />
        <Text size="xs" mt={-12} aria-live="polite">
          {t('fb.form.length', { count: number(length), max: number(DESCRIPTION_MAX) })}
        </Text>
        <TextInput
          label={`${t('fb.form.address')} (${t('common.optional')})`}
          description={t('fb.form.addressHint')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={err('address')}
          maxLength={300}
          size="md"
          autoComplete="street-address"
          disabled={busy}
        />
        <Paper withBorder p="sm">
          <UnitChoice
            category={chosenCategory}
            address={address}
            value={unitPick}
            onChange={setUnitPick}
            onEffective={onEffective}
            error={err('unitCode')}
          />
        </Paper>
        <PhotoPicker
          photos={photos}
          onChange={setPhotos}
          disabled={sending.kind === 'sending'}
          error={photoError}
          onBusyChange={setShrinking}
        />
        <ContactFields
          who="citizen"
          consent={consent}
          onConsent={setConsent}
          contact={contact}
          onContact={setContact}
          errors={{
            name: err('name', 'reporter.name'),
            phone: err('phone', 'reporter.phone'),
            email: err('email', 'reporter.email'),
          }}
        />

        <Stack gap="sm" className="survey-submit">
          {serverError || hasInvalid ? (
            <Alert ref={summaryRef} tabIndex={-1} color="red" variant="light" role="alert">
              {serverError ? errorText(serverError) : t('fb.form.fix')}
            </Alert>
          ) : null}
          {sending.kind === 'sending' ? (
            <Stack gap={4} aria-live="polite">
              <Progress.Root size="lg">
                <Progress.Section
                  value={sending.percent}
                  animated={sending.percent >= 100}
                  aria-label={t('fb.form.progress')}
                />
              </Progress.Root>
              <Text size="sm" role="status">
                {sending.percent < 100
                  ? t('fb.form.sending', { percent: sending.percent })
                  : t('fb.form.checking')}
              </Text>
            </Stack>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={busy}>
            {t('fb.form.submit')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}

function SubmitDone({ received: r, onAnother }: { received: Received; onAnother: () => void }) {
  const { t, dateTime } = useI18n();
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(r.trackingUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <PageTitle title={t('fb.sent.title')}>{t('fb.sent.title')}</PageTitle>
        <Text size="lg">{t('fb.sent.body', { unit: r.unitName })}</Text>
        <dl className="kv">
          <dt>{t('fb.sent.code')}</dt>
          <dd>
            <Text span fw={800} fz="xl" className="dossier-code">
              {r.code}
            </Text>
          </dd>
          <dt>{t('fb.sent.check')}</dt>
          <dd>
            <Text span fw={800} fz="xl" ff="monospace" className="nowrap" data-testid="check-value">
              {r.checkValue}
            </Text>
          </dd>
          <dt>{t('fb.sent.status')}</dt>
          <dd>{r.statusName}</dd>
          <dt>{t('fb.sent.answerBy')}</dt>
          <dd>
            <Text span fw={700}>
              {dateTime(r.answerBy)}
            </Text>
          </dd>
        </dl>
        <Paper withBorder p="sm" bg="yellow.0" className="fb-keep">
          <Text size="sm" mb={6} fw={600}>
            {t('fb.sent.checkNote')}{' '}
            <Anchor
              renderRoot={(props) => <Link {...props} to="/phan-anh/theo-doi" search={{ ma: r.code }} />}
            >
              {t('fb.sent.follow')}
            </Anchor>
          </Text>
          <Text fw={700}>{t('fb.sent.keepTitle')}</Text>
          <Text size="sm" mb={6}>
            {t('fb.sent.keep')}
          </Text>
          <Text size="sm" fw={600}>
            {t('fb.sent.link')}
          </Text>
          <Anchor href={r.trackingUrl} className="token-value" data-testid="tracking-url">
            {r.trackingUrl}
          </Anchor>
        </Paper>
        <Group gap="sm">
          <Button
            size="md"
            renderRoot={(props) => (
              <Link
                {...props}
                to="/phan-anh/theo-doi/$code"
                params={{ code: r.code }}
                search={{ t: r.trackingToken }}
              />
            )}
          >
            {t('fb.sent.open')}
          </Button>
          {canCopy ? (
            <Button size="md" variant="default" onClick={() => void copy()}>
              {t('fb.sent.copy')}
            </Button>
          ) : null}
          <Button size="md" variant="subtle" onClick={onAnother}>
            {t('fb.sent.another')}
          </Button>
        </Group>
        <Text size="sm" role="status">
          {copied ? t('fb.sent.copied') : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
