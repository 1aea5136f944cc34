import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/queries.ts';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useT } from '../../../i18n/index.tsx';
import { legalTimeText } from '../../procedures/ProcedureDetails.tsx';
import { DeskLinks } from '../DeskLinks.tsx';
import { CHANNEL } from '../labels.ts';
import { deskKeys, guideUrl } from '../queries.ts';
import {
  type ApplicantKind,
  DESK_CHANNELS,
  type DeskChannel,
  type DeskProcedure,
  type DossierDetail,
  type ReceiveBody,
} from '../types.ts';
import { DocumentChecklist, type DocumentRow, receivedDocuments, rowsOf } from './DocumentChecklist.tsx';
import { DuplicateWarning, usePossibleDuplicates } from './DuplicateWarning.tsx';
import { enterToNext, focusNext } from './enter.ts';
import { ProcedurePicker } from './ProcedurePicker.tsx';
import { ReceiptDone } from './ReceiptDone.tsx';

/** /mot-cua/tiep-nhan — receiving a dossier at the counter, keyboard first. */
export function ReceptionPage() {
  return (
    <Guard path="/mot-cua/tiep-nhan">
      <Reception />
    </Guard>
  );
}

function Reception() {
  const t = useT();
  const user = useSession().data?.user;
  const [unitCode, setUnitCode] = useState<string | null>(user?.unitCode ?? null);
  const [done, setDone] = useState<DossierDetail | null>(null);
  const [round, setRound] = useState(0);
  return (
    <Stack gap="lg">
      <PageTitle title={t('reception.title')}>{t('reception.title')}</PageTitle>
      <DeskLinks current="/mot-cua/tiep-nhan" />
      {done ? (
        <ReceiptDone
          dossier={done}
          onNext={() => {
            setDone(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <ReceptionForm
          key={round}
          unitCode={unitCode}
          onUnitChange={setUnitCode}
          canPickUnit={user?.role === 'admin'}
          autoFocus={round > 0}
          onDone={setDone}
        />
      )}
    </Stack>
  );
}

const PHONE = /^(\+?84|0)\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Applicant {
  kind: ApplicantKind;
  name: string;
  phone: string;
  email: string;
  address: string;
}

const NO_APPLICANT: Applicant = { kind: 'person', name: '', phone: '', email: '', address: '' };

function ReceptionForm({
  unitCode,
  onUnitChange,
  canPickUnit,
  autoFocus,
  onDone,
}: {
  unitCode: string | null;
  onUnitChange: (code: string | null) => void;
  canPickUnit: boolean;
  autoFocus: boolean;
  onDone: (dossier: DossierDetail) => void;
}) {
  const t = useT();
  const user = useSession().data?.user;
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const procedureRef = useRef<HTMLInputElement>(null);
  const [procedure, setProcedure] = useState<DeskProcedure | null>(null);
  const [rows, setRows] = useState<DocumentRow[]>([]);
  const [applicant, setApplicant] = useState<Applicant>(NO_APPLICANT);
  const [consent, setConsent] = useState(false);
  const [channel, setChannel] = useState<DeskChannel>('direct');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const duplicates = usePossibleDuplicates({
    unitCode,
    procedureCode: procedure?.code ?? null,
    name: applicant.name,
    phone: applicant.phone,
  });
  const earlier = duplicates.data?.duplicates ?? [];
  const earlierCodes = earlier.map((d) => d.code).join(' ');
  // A tick covers the dossiers the officer saw: another list asks again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the list of codes changes
  useEffect(() => setAcknowledged(false), [earlierCodes]);

  // After "Tiếp nhận hồ sơ khác": straight back to the procedure field.
  useEffect(() => {
    if (autoFocus) procedureRef.current?.focus();
  }, [autoFocus]);

  const receive = useMutation({
    mutationFn: (body: ReceiveBody) => api<DossierDetail>('/dossiers', { method: 'POST', body }),
    onSuccess: async (dossier) => {
      onDone(dossier);
      await queryClient.invalidateQueries({ queryKey: deskKeys.all });
    },
  });

  const chooseProcedure = (next: DeskProcedure | null) => {
    setProcedure(next);
    setRows(next ? rowsOf(next.documents) : []);
    setErrors((prev) => ({ ...prev, procedure: undefined }));
  };

  const setField = (field: keyof Applicant) => (value: string) =>
    setApplicant((prev) => ({ ...prev, [field]: value }));

  const submit = () => {
    if (receive.isPending) return;
    const phone = applicant.phone.replace(/[\s.]/g, '');
    const next = {
      procedure: procedure ? undefined : t('reception.chooseProcedure'),
      name: applicant.name.trim() ? undefined : t('common.required'),
      phone: phone && !PHONE.test(phone) ? t('reception.invalidPhone') : undefined,
      email:
        applicant.email.trim() && !EMAIL.test(applicant.email.trim())
          ? t('reception.invalidEmail')
          : undefined,
      duplicates: earlier.length > 0 && !acknowledged ? t('reception.duplicates.required') : undefined,
    };
    setErrors(next);
    const firstBad = (['procedure', 'name', 'phone', 'email', 'duplicates'] as const).find((k) => next[k]);
    if (firstBad) {
      formRef.current?.querySelector<HTMLElement>(`[data-field="${firstBad}"]`)?.focus();
      if (firstBad === 'procedure') procedureRef.current?.focus();
      return;
    }
    if (!procedure || !unitCode) return;
    receive.mutate({
      unitCode,
      procedureCode: procedure.code,
      channel,
      applicant: {
        kind: applicant.kind,
        name: applicant.name.trim(),
        ...(phone ? { phone } : {}),
        ...(applicant.email.trim() ? { email: applicant.email.trim() } : {}),
        ...(applicant.address.trim() ? { address: applicant.address.trim() } : {}),
      },
      contactConsent: consent,
      documents: receivedDocuments(rows),
      ...(earlier.length ? { acknowledgedDuplicates: earlier.map((d) => d.code) } : {}),
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  const err = (field: string, server = field) => errors[field] ?? fieldError(receive.error, server);
  const time = procedure
    ? legalTimeText(t, procedure.processingTime, String(procedure.processingTime.amount))
    : '';

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onKeyDown={enterToNext(submit)}
      noValidate
      aria-describedby="reception-keys"
    >
      <Stack gap="md">
        <Text size="sm" id="reception-keys">
          {t('reception.keys')}
        </Text>
        <ErrorAlert error={receive.error} />
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            {canPickUnit ? (
              <div data-enter>
                <UnitPicker
                  label={t('reception.unit')}
                  value={unitCode}
                  onChange={(code) => {
                    onUnitChange(code);
                    chooseProcedure(null);
                  }}
                  required
                />
              </div>
            ) : (
              <Text>
                <Text span fw={600}>
                  {t('reception.unit')}:
                </Text>{' '}
                {user?.unitName} ({user?.unitCode})
              </Text>
            )}
            <ProcedurePicker
              ref={procedureRef}
              key={unitCode ?? ''}
              unitCode={unitCode}
              value={procedure}
              onChange={chooseProcedure}
              onPicked={() => {
                const form = formRef.current;
                if (form && procedureRef.current) focusNext(form, procedureRef.current);
              }}
              error={err('procedure', 'procedureCode')}
            />
            {procedure ? (
              <Text size="sm">
                {procedure.field} · {t('reception.legalTime', { time })}
              </Text>
            ) : null}
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="reception-docs">
          <Title order={2} size="h4" id="reception-docs" mb={4}>
            {t('reception.documents')}
          </Title>
          {procedure ? (
            <>
              <Text size="sm" mb="sm">
                {t('reception.documentsHint')}
              </Text>
              <DocumentChecklist rows={rows} onChange={setRows} />
            </>
          ) : (
            <Text size="sm">{t('reception.documentsNone')}</Text>
          )}
        </Paper>

        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          component="section"
          aria-labelledby="reception-applicant"
        >
          <Title order={2} size="h4" id="reception-applicant" mb="sm">
            {t('reception.applicant')}
          </Title>
          <Stack gap="sm">
            <div data-enter>
              <Radio.Group
                label={t('reception.applicantKind')}
                value={applicant.kind}
                onChange={(v) => setField('kind')(v)}
              >
                <Group gap="lg" mt={4}>
                  <Radio value="person" label={t('desk.applicant.person')} />
                  <Radio value="organisation" label={t('desk.applicant.organisation')} />
                </Group>
              </Radio.Group>
            </div>
            <TextInput
              data-enter
              data-field="name"
              label={t(applicant.kind === 'person' ? 'reception.name.person' : 'reception.name.organisation')}
              value={applicant.name}
              onChange={(e) => setField('name')(e.currentTarget.value)}
              error={err('name', 'applicant.name')}
              withAsterisk
              maxLength={200}
              autoComplete="off"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                data-enter
                data-field="phone"
                type="tel"
                inputMode="tel"
                label={t('reception.phone')}
                description={t('reception.phoneHint')}
                value={applicant.phone}
                onChange={(e) => setField('phone')(e.currentTarget.value)}
                error={err('phone', 'applicant.phone')}
                maxLength={20}
                autoComplete="off"
              />
              <TextInput
                data-enter
                data-field="email"
                type="email"
                label={t('reception.email')}
                value={applicant.email}
                onChange={(e) => setField('email')(e.currentTarget.value)}
                error={err('email', 'applicant.email')}
                maxLength={200}
                autoComplete="off"
                spellCheck={false}
              />
            </SimpleGrid>
            <TextInput
              data-enter
              label={t('reception.address')}
              value={applicant.address}
              onChange={(e) => setField('address')(e.currentTarget.value)}
              error={err('address', 'applicant.address')}
              maxLength={300}
              autoComplete="off"
            />
            <div data-enter>
              <Checkbox
                checked={consent}
                onChange={(e) => setConsent(e.currentTarget.checked)}
                label={t('reception.consent')}
                description={t('reception.consentHint')}
              />
            </div>
            <div data-enter>
              <Radio.Group
                label={t('reception.channel')}
                value={channel}
                onChange={(v) => setChannel(v as DeskChannel)}
              >
                <Group gap="lg" mt={4}>
                  {DESK_CHANNELS.map((c) => (
                    <Radio key={c} value={c} label={t(CHANNEL[c])} />
                  ))}
                </Group>
              </Radio.Group>
            </div>
          </Stack>
        </Paper>

        {duplicates.data ? (
          <DuplicateWarning
            found={duplicates.data}
            acknowledged={acknowledged}
            onAcknowledge={(value) => {
              setAcknowledged(value);
              setErrors((prev) => ({ ...prev, duplicates: undefined }));
            }}
            error={errors.duplicates}
          />
        ) : null}
        {Object.values(errors).some(Boolean) ? (
          <Alert color="red" variant="light" role="alert">
            {t('form.checkFields')}
          </Alert>
        ) : null}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} maw={420}>
            {procedure && unitCode ? (
              <Button
                component="a"
                href={guideUrl(unitCode, procedure.code)}
                download
                variant="default"
                aria-describedby="reception-guide-hint"
              >
                {t('reception.guide')}
              </Button>
            ) : (
              <Button variant="default" disabled aria-describedby="reception-guide-hint">
                {t('reception.guide')}
              </Button>
            )}
            <Text size="xs" id="reception-guide-hint">
              {t('reception.guideHint')}
            </Text>
          </Stack>
          <Button type="submit" data-enter loading={receive.isPending} size="md">
            {t('reception.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
