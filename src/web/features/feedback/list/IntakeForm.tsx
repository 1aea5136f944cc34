import {
  Anchor,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { vnDateTime } from '../../../../lib/time.ts';
import { DateField } from '../../../components/DateField.tsx';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { foldedFilter, UnitPicker } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { type Contact, ContactFields, contactErrors, EMPTY_CONTACT, reporterOf } from '../ContactFields.tsx';
import { categoryOptions } from '../categories.ts';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../limits.ts';
import { useCategories, useIntake } from '../queries.ts';
import type { FeedbackDetail } from '../types.ts';

type Channel = 'hotline' | 'counter';

/** "2026-03-02T14:30", Vietnam wall clock: what a datetime-local field holds and the server takes. */
const nowVn = () => vnDateTime(new Date()).slice(0, 16);

/**
 * "Ghi nhận cuộc gọi đường dây nóng": an officer types what the caller says (when the call came
 * in, the category, the content, where), and the caller's contact only if the caller agrees. A
 * report made at the counter is logged the same way, without the call time.
 */
export function IntakeForm() {
  const [done, setDone] = useState<FeedbackDetail | null>(null);
  const [round, setRound] = useState(0);
  if (done) {
    return (
      <IntakeDone
        item={done}
        onNext={() => {
          setDone(null);
          setRound((r) => r + 1);
        }}
      />
    );
  }
  return <IntakeFields key={round} onDone={setDone} />;
}

function IntakeFields({ onDone }: { onDone: (item: FeedbackDetail) => void }) {
  const { t } = useI18n();
  const categories = useCategories();
  const intake = useIntake();
  const [channel, setChannel] = useState<Channel>('hotline');
  const [calledAt, setCalledAt] = useState(nowVn);
  const [category, setCategory] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [address, setAddress] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [contact, setContact] = useState<Contact>(EMPTY_CONTACT);
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (intake.isPending) return;
    const next: Record<string, string | undefined> = {
      calledAt: channel === 'hotline' && !calledAt ? t('common.required') : undefined,
      categoryCode: category ? undefined : t('common.required'),
      description: !description.trim()
        ? t('common.required')
        : [...description.trim()].length < DESCRIPTION_MIN
          ? t('fb.form.descriptionShort', { min: DESCRIPTION_MIN })
          : undefined,
      ...contactErrors(t, consent, contact),
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean)) return;
    const reporter = reporterOf(consent, contact);
    intake.mutate(
      {
        channel,
        categoryCode: category ?? '',
        description: description.trim(),
        ...(channel === 'hotline' ? { calledAt } : {}),
        ...(address.trim() ? { address: address.trim() } : {}),
        ...(unit ? { unitCode: unit } : {}),
        contactConsent: consent,
        ...(reporter ? { reporter } : {}),
      },
      { onSuccess: onDone },
    );
  };
  const err = (field: string) => invalid[field] ?? fieldError(intake.error, field);

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="intake-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="intake-title">
              {t('fb.intake.title')}
            </Title>
            <Text size="sm" mt={4}>
              {t('fb.intake.intro')}
            </Text>
          </div>
          <ErrorAlert error={intake.error} />
          <Radio.Group
            label={t('fb.intake.channel')}
            value={channel}
            onChange={(value) => setChannel(value === 'counter' ? 'counter' : 'hotline')}
          >
            <Group gap="lg" mt={4}>
              <Radio value="hotline" label={t('fb.channel.hotline')} />
              <Radio value="counter" label={t('fb.channel.counter')} />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {channel === 'hotline' ? (
              <DateField
                time
                label={t('fb.intake.calledAt')}
                description={t('fb.intake.calledAtHint')}
                value={calledAt}
                onChange={setCalledAt}
                error={err('calledAt')}
                required
              />
            ) : null}
            <Select
              label={t('fb.form.category')}
              data={categoryOptions(categories.data?.categories, true)}
              value={category}
              onChange={setCategory}
              error={err('categoryCode')}
              searchable
              filter={foldedFilter}
              nothingFoundMessage={t('fb.filter.noCategory')}
              withAsterisk
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Textarea
            label={t('fb.form.description')}
            description={t('fb.intake.descriptionHint')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={err('description')}
            withAsterisk
            autosize
            minRows={4}
            maxLength={DESCRIPTION_MAX}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={`${t('fb.form.address')} (${t('common.optional')})`}
              description={t('fb.form.addressHint')}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              error={err('address')}
              maxLength={300}
            />
            <UnitPicker
              label={`${t('fb.intake.unit')} (${t('common.optional')})`}
              description={t('fb.intake.unitHint')}
              value={unit}
              onChange={setUnit}
              error={err('unitCode')}
              clearable
            />
          </SimpleGrid>
          <ContactFields
            who="caller"
            consent={consent}
            onConsent={setConsent}
            contact={contact}
            onContact={setContact}
            errors={{
              name: err('reporter.name'),
              phone: err('phone') ?? err('reporter.phone'),
              email: err('email') ?? err('reporter.email'),
            }}
          />
          <Group>
            <Button type="submit" loading={intake.isPending}>
              {t('fb.intake.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function IntakeDone({ item, onNext }: { item: FeedbackDetail; onNext: () => void }) {
  const { t, dateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
      <Stack gap="md">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} c="green.9">
          {t('fb.intake.done', { code: item.code })}
        </Title>
        <dl className="kv">
          <dt>{t('fb.item.code')}</dt>
          <dd>
            <Text span fw={800} fz="xl" className="dossier-code">
              {item.code}
            </Text>
          </dd>
          <dt>{t('fb.item.unit')}</dt>
          <dd>{item.unitName}</dd>
          <dt>{t('fb.deadlines.answerBy')}</dt>
          <dd>
            <Text span fw={700}>
              {dateTime(item.deadlines.answerBy)}
            </Text>
          </dd>
          {item.trackingUrl ? (
            <>
              <dt>{t('fb.item.trackingUrl')}</dt>
              <dd>
                <Anchor href={item.trackingUrl} className="token-value">
                  {item.trackingUrl}
                </Anchor>
              </dd>
            </>
          ) : null}
          {item.checkValue ? (
            <>
              <dt>{t('fb.item.checkValue')}</dt>
              <dd>
                <Text span fw={800} ff="monospace" className="nowrap" data-testid="check-value">
                  {item.checkValue}
                </Text>
              </dd>
            </>
          ) : null}
        </dl>
        <Text size="sm">{t(item.reporter.anonymous ? 'fb.intake.linkAnonymous' : 'fb.intake.linkSent')}</Text>
        <Group gap="sm">
          <Button
            renderRoot={(props) => (
              <Link {...props} to="/phan-anh-xu-ly/$code" params={{ code: item.code }} />
            )}
          >
            {t('fb.intake.open')}
          </Button>
          <Button variant="default" onClick={onNext}>
            {t('fb.intake.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
