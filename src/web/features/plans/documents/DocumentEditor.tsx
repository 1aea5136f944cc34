import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { documentKindLabel, slotLabel } from '../labels.ts';
import { documentFileUrl, downloadPosted, useDraftDocument, useIssueDocument } from '../queries.ts';
import type { DocumentDraft, DocumentRequest, DocumentText, IssuedDocument, TextEdits } from '../types.ts';

/** A request without the officer's text: what to generate, from which data. */
export type DocumentSource =
  | Omit<Extract<DocumentRequest, { kind: 'letter' }>, 'text'>
  | Omit<Extract<DocumentRequest, { kind: 'decision_index' }>, 'text'>
  | Omit<Extract<DocumentRequest, { kind: 'decision_plan' }>, 'text'>;

interface Form {
  parentAgency: string;
  issuingAgency: string;
  place: string;
  symbol: string;
  subject: string;
  recipients: string;
  authority: string;
  deputyOf: string;
  signTitle: string;
  signName: string;
  distribution: string;
  archive: string;
  paragraphs: Record<string, string>;
}

function formOf(text: DocumentText, slots: string[]): Form {
  return {
    parentAgency: text.parentAgency,
    issuingAgency: text.issuingAgency,
    place: text.place,
    symbol: text.symbol,
    subject: text.subject,
    recipients: text.recipients.join('\n'),
    authority: text.signature.authority ?? '',
    deputyOf: text.signature.deputyOf ?? '',
    signTitle: text.signature.title,
    signName: text.signature.name,
    distribution: text.distribution.join('\n'),
    archive: text.archive,
    paragraphs: Object.fromEntries(slots.map((s) => [s, (text.paragraphs[s] ?? []).join('\n')])),
  };
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function editsOf(form: Form): TextEdits {
  return {
    parentAgency: form.parentAgency.trim(),
    issuingAgency: form.issuingAgency
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n'),
    place: form.place.trim(),
    symbol: form.symbol.trim(),
    subject: form.subject.trim(),
    recipients: lines(form.recipients),
    signature: {
      authority: form.authority.trim(),
      deputyOf: form.deputyOf.trim(),
      title: form.signTitle.trim(),
      name: form.signName.trim(),
    },
    distribution: lines(form.distribution),
    archive: form.archive.trim(),
    paragraphs: Object.fromEntries(
      Object.entries(form.paragraphs).map(([slot, text]) => [slot, lines(text)]),
    ),
  };
}

/**
 * Draft → edit → preview → issue one official document. The text (heading, subject, recipients,
 * signer, paragraphs by slot) is the officer's to change; the figures are generated between the
 * paragraphs from the published snapshot or the plan at every preview and at issue, so they always
 * say what the data says. Issuing takes the next number of the unit's register.
 */
export function DocumentEditor({
  source,
  criteria = new Map(),
  canIssue,
  onIssued,
  onClose,
}: {
  source: DocumentSource;
  /** Criterion code → title, to name the letter's paragraph groups. */
  criteria?: Map<string, string>;
  canIssue: boolean;
  onIssued?: (document: IssuedDocument) => void;
  onClose?: () => void;
}) {
  const { t, date } = useI18n();
  const isPhone = useIsPhone();
  const draft = useDraftDocument();
  const issue = useIssueDocument();
  const [loaded, setLoaded] = useState<DocumentDraft | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [preview, setPreview] = useState<{ busy: 'docx' | 'pdf' | null; error: unknown; name: string }>({
    busy: null,
    error: null,
    name: '',
  });
  const [confirming, setConfirming] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const [issued, setIssued] = useState<IssuedDocument | null>(null);
  // Who signs a letter of a People's Committee: the Chairman, or a Vice-Chairman for him.
  const [signer, setSigner] = useState<'chairman' | 'deputy'>('chairman');
  const withSigner = (s: DocumentSource) => (s.kind === 'letter' ? { ...s, signer } : s);
  const sourceKey = JSON.stringify(withSigner(source));

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new source (or signer) means a new draft
  useEffect(() => {
    setIssued(null);
    setLoaded(null);
    setForm(null);
    draft.mutate(withSigner(source) as DocumentRequest, {
      onSuccess: (d) => {
        setLoaded(d);
        setForm(formOf(d.text, d.slots));
      },
    });
  }, [sourceKey]);

  const request = (): DocumentRequest =>
    ({ ...withSigner(source), text: form ? editsOf(form) : undefined }) as DocumentRequest;
  const set = (field: Exclude<keyof Form, 'paragraphs'>) => (value: string) =>
    setForm((f) => (f ? { ...f, [field]: value } : f));
  const err = (field: string) =>
    fieldError(issue.error, `text.${field}`) ?? fieldError(draft.error, `text.${field}`);

  const runPreview = async (format: 'docx' | 'pdf') => {
    setPreview({ busy: format, error: null, name: '' });
    try {
      const name = await downloadPosted(
        `/documents/preview/${format}`,
        request(),
        `du-thao-${loaded?.unitCode ?? 'van-ban'}.${format}`,
      );
      setPreview({ busy: null, error: null, name });
    } catch (error) {
      setPreview({ busy: null, error, name: '' });
    }
  };

  if (issued) {
    return (
      <Stack gap="sm">
        <SuccessMessage>
          {t('docs.issued', {
            kind: documentKindLabel(t, issued.kind),
            number: issued.numberLine,
            date: date(issued.issuedOn),
          })}
        </SuccessMessage>
        <Text fw={600}>{issued.title}</Text>
        <Group gap="sm">
          <Button component="a" href={documentFileUrl(issued.id, 'docx')} download variant="default">
            {t('docs.download.docx')}
          </Button>
          <Button component="a" href={documentFileUrl(issued.id, 'pdf')} download variant="default">
            {t('docs.download.pdf')}
          </Button>
          {onClose ? (
            <Button variant="subtle" onClick={onClose}>
              {t('common.close')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  if (!loaded || !form) {
    return (
      <>
        <ErrorAlert error={draft.error} />
        {draft.isPending ? <PendingPage /> : null}
      </>
    );
  }

  const isLetter = loaded.kind === 'letter';
  return (
    <Stack gap="md">
      <Text>
        {t('docs.editor.intro', { kind: documentKindLabel(t, loaded.kind), unit: loaded.unitName })}
      </Text>
      <Alert color="blue" variant="light" c="dark.9" role="note">
        {t('docs.editor.figures')}
      </Alert>

      <section aria-labelledby="doc-heading">
        <Title order={3} size="h5" id="doc-heading" mb="xs">
          {t('docs.editor.heading')}
        </Title>
        {loaded.headingFallback ? (
          <Alert color="yellow" variant="light" c="dark.9" role="note" mb="xs">
            {t('docs.heading.fallback')}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" mb="xs">
            {t('docs.heading.source', { source: loaded.headingSource })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('docs.field.parentAgency')}
            value={form.parentAgency}
            onChange={(e) => set('parentAgency')(e.currentTarget.value)}
            error={err('parentAgency')}
            maxLength={300}
          />
          <Textarea
            label={t('docs.field.issuingAgency')}
            description={t('docs.field.issuingAgencyHint')}
            value={form.issuingAgency}
            onChange={(e) => set('issuingAgency')(e.currentTarget.value)}
            error={err('issuingAgency')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={300}
          />
          <TextInput
            label={t('docs.field.symbol')}
            description={t('docs.field.symbolHint')}
            value={form.symbol}
            onChange={(e) => set('symbol')(e.currentTarget.value)}
            error={err('symbol')}
            withAsterisk
            maxLength={50}
          />
          <TextInput
            label={t('docs.field.place')}
            value={form.place}
            onChange={(e) => set('place')(e.currentTarget.value)}
            error={err('place')}
            withAsterisk
            maxLength={100}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={isLetter ? t('docs.field.subjectLetter') : t('docs.field.subject')}
          value={form.subject}
          onChange={(e) => set('subject')(e.currentTarget.value)}
          error={err('subject')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={1000}
        />
        {isLetter ? (
          <Textarea
            mt="sm"
            label={t('docs.field.recipients')}
            description={t('docs.field.linesHint')}
            value={form.recipients}
            onChange={(e) => set('recipients')(e.currentTarget.value)}
            error={err('recipients')}
            autosize
            minRows={2}
          />
        ) : null}
      </section>

      <section aria-labelledby="doc-body">
        <Title order={3} size="h5" id="doc-body" mb="xs">
          {t('docs.editor.body')}
        </Title>
        <Text size="sm" mb="xs">
          {t('docs.editor.bodyHint')}
        </Text>
        <Stack gap="sm">
          {loaded.slots.map((slot) => (
            <Textarea
              key={slot}
              label={slotLabel(t, slot, criteria)}
              value={form.paragraphs[slot] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setForm((f) => (f ? { ...f, paragraphs: { ...f.paragraphs, [slot]: value } } : f));
              }}
              error={err(`paragraphs.${slot}`)}
              autosize
              minRows={2}
              maxRows={16}
            />
          ))}
        </Stack>
      </section>

      <section aria-labelledby="doc-signature">
        <Title order={3} size="h5" id="doc-signature" mb="xs">
          {t('docs.editor.signature')}
        </Title>
        {isLetter && loaded.text.signature.authority === 'TM. ỦY BAN NHÂN DÂN' ? (
          <Stack gap={4} mb="sm">
            <Text size="sm" fw={500} id="doc-signer">
              {t('docs.signer.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="doc-signer"
              value={signer}
              onChange={(v) => setSigner(v === 'deputy' ? 'deputy' : 'chairman')}
              data={[
                { value: 'chairman', label: t('docs.signer.chairman') },
                { value: 'deputy', label: t('docs.signer.deputy') },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('docs.signer.hint')}
            </Text>
          </Stack>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('docs.field.authority')}
            description={t('docs.field.authorityHint')}
            value={form.authority}
            onChange={(e) => set('authority')(e.currentTarget.value)}
            error={err('signature.authority')}
            maxLength={100}
          />
          <TextInput
            label={t('docs.field.deputyOf')}
            description={t('docs.field.deputyOfHint')}
            value={form.deputyOf}
            onChange={(e) => set('deputyOf')(e.currentTarget.value)}
            error={err('signature.deputyOf')}
            maxLength={100}
          />
          <TextInput
            label={t('docs.field.signTitle')}
            value={form.signTitle}
            onChange={(e) => set('signTitle')(e.currentTarget.value)}
            error={err('signature.title')}
            withAsterisk
            maxLength={100}
          />
          <TextInput
            label={t('docs.field.signName')}
            description={t('docs.field.signNameHint')}
            value={form.signName}
            onChange={(e) => set('signName')(e.currentTarget.value)}
            error={
              nameMissing && !form.signName.trim() ? t('docs.field.signNameMissing') : err('signature.name')
            }
            withAsterisk
            maxLength={100}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
          <Textarea
            label={t('docs.field.distribution')}
            description={t('docs.field.linesHint')}
            value={form.distribution}
            onChange={(e) => set('distribution')(e.currentTarget.value)}
            error={err('distribution')}
            autosize
            minRows={2}
          />
          <TextInput
            label={t('docs.field.archive')}
            value={form.archive}
            onChange={(e) => set('archive')(e.currentTarget.value)}
            error={err('archive')}
            maxLength={100}
          />
        </SimpleGrid>
      </section>

      <Paper withBorder p="sm" bg="gray.0">
        <Stack gap="sm">
          <ErrorAlert error={preview.error ?? issue.error} />
          <div aria-live="polite">
            {preview.name ? <Text size="sm">{t('docs.preview.saved', { name: preview.name })}</Text> : null}
          </div>
          <Group gap="sm">
            <Button
              variant="default"
              loading={preview.busy === 'docx'}
              onClick={() => void runPreview('docx')}
            >
              {t('docs.preview.docx')}
            </Button>
            <Button variant="default" loading={preview.busy === 'pdf'} onClick={() => void runPreview('pdf')}>
              {t('docs.preview.pdf')}
            </Button>
            <Button variant="subtle" onClick={() => setForm(formOf(loaded.text, loaded.slots))}>
              {t('docs.editor.reset')}
            </Button>
            {canIssue ? (
              <Button
                onClick={() => {
                  issue.reset();
                  if (!form.signName.trim()) {
                    setNameMissing(true);
                    return;
                  }
                  setConfirming(true);
                }}
              >
                {t('docs.issue')}
              </Button>
            ) : null}
            {onClose ? (
              <Button variant="subtle" onClick={onClose}>
                {t('common.close')}
              </Button>
            ) : null}
          </Group>
          <Text size="xs">{t('docs.preview.hint')}</Text>
        </Stack>
      </Paper>

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('docs.issue.title')}
        fullScreen={isPhone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <ErrorAlert error={issue.error} />
          <Text>
            {t('docs.issue.confirm', { kind: documentKindLabel(t, loaded.kind), unit: loaded.unitName })}
          </Text>
          {loaded.kind === 'decision_plan' ? <Text fw={600}>{t('docs.issue.planNote')}</Text> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={issue.isPending}
              onClick={() =>
                issue.mutate(request(), {
                  onSuccess: (doc) => {
                    setConfirming(false);
                    setIssued(doc);
                    onIssued?.(doc);
                  },
                })
              }
            >
              {t('docs.issue.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** An issued document's two files. */
export function DocumentFiles({ document }: { document: IssuedDocument }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor
        href={documentFileUrl(document.id, 'docx')}
        download
        aria-label={t('docs.download.docxOf', { number: document.numberLine })}
      >
        DOCX
      </Anchor>
      <Anchor
        href={documentFileUrl(document.id, 'pdf')}
        download
        aria-label={t('docs.download.pdfOf', { number: document.numberLine })}
      >
        PDF
      </Anchor>
    </Group>
  );
}
