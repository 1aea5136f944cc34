import { Checkbox, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type Translate, useI18n } from '../../i18n/index.tsx';

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

export const EMPTY_CONTACT: Contact = { name: '', phone: '', email: '' };

/** The server's pattern (feedback.schema.ts): a Vietnamese number, 0… or +84…. */
const PHONE = /^(\+?84|0)[\d .-]{8,13}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the contact details, by field (only checked with consent). */
export function contactErrors(
  t: Translate,
  consent: boolean,
  c: Contact,
): Partial<Record<keyof Contact, string>> {
  if (!consent) return {};
  const out: Partial<Record<keyof Contact, string>> = {};
  const phone = c.phone.trim();
  const email = c.email.trim();
  if (!phone && !email) out.phone = t('fb.contact.reachRequired');
  if (phone && !PHONE.test(phone)) out.phone = t('fb.contact.phoneInvalid');
  if (email && !EMAIL.test(email)) out.email = t('fb.contact.emailInvalid');
  return out;
}

/** The reporter's details for the request body: nothing at all without consent (NĐ 13/2023). */
export function reporterOf(consent: boolean, c: Contact) {
  if (!consent) return undefined;
  const r = {
    ...(c.name.trim() ? { name: c.name.trim() } : {}),
    ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
    ...(c.email.trim() ? { email: c.email.trim() } : {}),
  };
  return Object.keys(r).length ? r : undefined;
}

/**
 * Consent to be contacted (Nghị định 13/2023/NĐ-CP), then — only when ticked — name, phone and
 * e-mail. Without the tick the report is anonymous and no contact detail is sent at all.
 */
export function ContactFields({
  who,
  consent,
  onConsent,
  contact,
  onContact,
  errors,
}: {
  /** "citizen": the reporter fills it in; "caller": an officer types what the caller says. */
  who: 'citizen' | 'caller';
  consent: boolean;
  onConsent: (consent: boolean) => void;
  contact: Contact;
  onContact: (contact: Contact) => void;
  errors: Partial<Record<keyof Contact, string | undefined>>;
}) {
  const { t } = useI18n();
  const set = (field: keyof Contact) => (value: string) => onContact({ ...contact, [field]: value });
  const size = who === 'citizen' ? 'md' : 'sm';
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={`contact-${who}`}>
      <Stack gap="sm">
        <Title order={who === 'citizen' ? 2 : 3} size="h4" id={`contact-${who}`}>
          {t(who === 'citizen' ? 'fb.contact.title' : 'fb.contact.callerTitle')}
        </Title>
        <Text size="sm">{t(who === 'citizen' ? 'fb.contact.notice' : 'fb.contact.callerNotice')}</Text>
        <Checkbox
          size={size}
          checked={consent}
          onChange={(e) => onConsent(e.currentTarget.checked)}
          label={t(who === 'citizen' ? 'fb.contact.consent' : 'fb.contact.callerConsent')}
          description={t('fb.contact.consentHint')}
        />
        {consent ? (
          <SimpleGrid cols={{ base: 1, sm: who === 'citizen' ? 1 : 3 }} spacing="sm">
            <TextInput
              size={size}
              label={t('fb.contact.name')}
              value={contact.name}
              onChange={(e) => set('name')(e.currentTarget.value)}
              error={errors.name}
              autoComplete={who === 'citizen' ? 'name' : 'off'}
              maxLength={200}
            />
            <TextInput
              size={size}
              type="tel"
              label={t('fb.contact.phone')}
              description={t('fb.contact.phoneHint')}
              value={contact.phone}
              onChange={(e) => set('phone')(e.currentTarget.value)}
              error={errors.phone}
              autoComplete={who === 'citizen' ? 'tel' : 'off'}
              inputMode="tel"
              maxLength={20}
            />
            <TextInput
              size={size}
              type="email"
              label={t('fb.contact.email')}
              value={contact.email}
              onChange={(e) => set('email')(e.currentTarget.value)}
              error={errors.email}
              autoComplete={who === 'citizen' ? 'email' : 'off'}
              maxLength={200}
            />
          </SimpleGrid>
        ) : (
          <Text size="sm" fw={600} role="note">
            {t(who === 'citizen' ? 'fb.contact.anonymous' : 'fb.contact.callerAnonymous')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
