import { Alert, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useSession } from '../../../api/queries.ts';
import { DateField } from '../../../components/DateField.tsx';
import { DialogForm } from '../../../components/DialogForm.tsx';
import { fieldError } from '../../../components/errors.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DESK_ROLES, hasRole } from '../../../nav.ts';
import { useDossierAction } from '../queries.ts';
import type {
  ApologyBody,
  DossierDetail,
  Handover,
  HandoverBody,
  HandoverReceiveBody,
  ReasonBody,
  RefuseBody,
  StopBody,
  SupplementBody,
} from '../types.ts';

/** Called after a successful action with the dossier as it is now. */
export type Done = (dossier: DossierDetail) => void;

interface FormProps {
  dossier: DossierDetail;
  onDone: Done;
  onCancel: () => void;
}

const required = (value: string) => value.trim().length > 0;
/** "2026-03-02T14:30", Vietnam wall clock: what a datetime-local field holds and the server takes. */

/** Mẫu 02: at most once; a leader may ask a second time with a written reason (a violation). */
export function SupplementForm({ dossier, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const user = useSession().data?.user;
  const canOverride = hasRole(user?.role, DESK_ROLES.override);
  const action = useDossierAction<SupplementBody>(dossier.code, 'supplement');
  const [missing, setMissing] = useState('');
  const [reason, setReason] = useState('');
  const [contact, setContact] = useState(user?.displayName ?? '');
  const [override, setOverride] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});
  const refusedOnce =
    action.error instanceof ApiError && action.error.code === 'SUPPLEMENT_ALREADY_REQUESTED';
  const asking = refusedOnce || (canOverride && override.length > 0);

  const submit = () => {
    const items = missing
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const next = {
      missing: items.length ? undefined : t('common.required'),
      reason: required(reason) ? undefined : t('common.required'),
      overrideReason:
        asking && canOverride && override.trim().length < 10 ? t('desk.supplement.overrideShort') : undefined,
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean)) return;
    action.mutate(
      {
        missing: items,
        reason: reason.trim(),
        ...(contact.trim() ? { contactOfficer: contact.trim() } : {}),
        ...(asking && canOverride ? { overrideReason: override.trim() } : {}),
      },
      { onSuccess: onDone },
    );
  };
  const err = (f: string) => invalid[f] ?? fieldError(action.error, f);

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={asking && canOverride ? t('desk.supplement.submitOverride') : t('desk.supplement.submit')}
    >
      <Text size="sm">{t('desk.supplement.once')}</Text>
      {dossier.supplementRequests > 0 ? (
        <Alert color="yellow" variant="light" c="dark.9" role="note">
          {t('desk.supplement.already', { count: dossier.supplementRequests })}
        </Alert>
      ) : null}
      <Textarea
        label={t('desk.supplement.missing')}
        description={t('desk.supplement.missingHint')}
        value={missing}
        onChange={(e) => setMissing(e.currentTarget.value)}
        error={err('missing')}
        withAsterisk
        autosize
        minRows={3}
        data-autofocus
      />
      <Textarea
        label={t('desk.supplement.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={err('reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
      />
      <TextInput
        label={t('desk.supplement.contact')}
        value={contact}
        onChange={(e) => setContact(e.currentTarget.value)}
        error={err('contactOfficer')}
        maxLength={200}
      />
      {refusedOnce && !canOverride ? (
        <Text size="sm" fw={600}>
          {t('desk.supplement.onlyLeader')}
        </Text>
      ) : null}
      {asking && canOverride ? (
        <Textarea
          label={t('desk.supplement.override')}
          description={t('desk.supplement.overrideHint')}
          value={override}
          onChange={(e) => setOverride(e.currentTarget.value)}
          error={err('overrideReason')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={1000}
        />
      ) : null}
    </DialogForm>
  );
}

/** Mẫu 03: reason and legal basis, both required; the server says so in its own words. */
export function RefuseForm(props: FormProps) {
  return <ReasonAndBasisForm {...props} step="refuse" />;
}

/** Dừng giải quyết (NĐ 118/2025; TT 03/2025 Mẫu số 05): a reason and a legal basis, both required. */
export function StopForm(props: FormProps) {
  return <ReasonAndBasisForm {...props} step="stop" />;
}

/** The refusal and the stop ask the same two things; each keeps its own words. */
function ReasonAndBasisForm({ dossier, onDone, onCancel, step }: FormProps & { step: 'refuse' | 'stop' }) {
  const { t } = useI18n();
  const action = useDossierAction<RefuseBody | StopBody>(dossier.code, step);
  const [reason, setReason] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  return (
    <DialogForm
      onSubmit={() =>
        action.mutate({ reason: reason.trim(), legalBasis: legalBasis.trim() }, { onSuccess: onDone })
      }
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t(`desk.${step}.submit`)}
      danger
    >
      <Text size="sm">{t(`desk.${step}.intro`)}</Text>
      <Textarea
        label={t(`desk.${step}.reason`)}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(action.error, 'reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={2000}
        data-autofocus
      />
      <Textarea
        label={t(`desk.${step}.legalBasis`)}
        description={t('desk.refuse.legalBasisHint')}
        value={legalBasis}
        onChange={(e) => setLegalBasis(e.currentTarget.value)}
        error={fieldError(action.error, 'legalBasis')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={2000}
      />
    </DialogForm>
  );
}

/** Mẫu 04: before the due moment, a reason, a new date and who signs. */
export function ApologyForm({ dossier, onDone, onCancel }: FormProps) {
  const { t, dateTime } = useI18n();
  const action = useDossierAction<ApologyBody>(dossier.code, 'apology');
  const [values, setValues] = useState({ reason: '', newDueAt: '', signerTitle: '', signerName: '' });
  const [invalid, setInvalid] = useState<Record<string, boolean>>({});
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = () => {
    const next = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, !required(v)]));
    setInvalid(next);
    if (Object.values(next).some(Boolean)) return;
    action.mutate(
      {
        reason: values.reason.trim(),
        newDueAt: values.newDueAt,
        signerTitle: values.signerTitle.trim(),
        signerName: values.signerName.trim(),
      },
      { onSuccess: onDone },
    );
  };
  const err = (f: keyof typeof values) => (invalid[f] ? t('common.required') : fieldError(action.error, f));
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('desk.apology.submit')}
    >
      <Text size="sm">{t('desk.apology.intro', { due: dateTime(dossier.dueAt) })}</Text>
      <Textarea
        label={t('desk.apology.reason')}
        value={values.reason}
        onChange={(e) => set('reason')(e.currentTarget.value)}
        error={err('reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={2000}
        data-autofocus
      />
      <DateField
        time
        label={t('desk.apology.newDue')}
        value={values.newDueAt}
        onChange={set('newDueAt')}
        error={err('newDueAt')}
        required
      />
      <TextInput
        label={t('desk.apology.signerTitle')}
        description={t('desk.apology.signerTitleHint')}
        value={values.signerTitle}
        onChange={(e) => set('signerTitle')(e.currentTarget.value)}
        error={err('signerTitle')}
        withAsterisk
        maxLength={200}
      />
      <TextInput
        label={t('desk.apology.signerName')}
        value={values.signerName}
        onChange={(e) => set('signerName')(e.currentTarget.value)}
        error={err('signerName')}
        withAsterisk
        maxLength={200}
      />
    </DialogForm>
  );
}

/** A hand-over line of Mẫu 05: to which agency, by whom, optionally by when. */
export function HandoverForm({ dossier, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const user = useSession().data?.user;
  const action = useDossierAction<HandoverBody>(dossier.code, 'handovers');
  const [toAgency, setToAgency] = useState('');
  const [givenBy, setGivenBy] = useState(user?.displayName ?? '');
  const [dueAt, setDueAt] = useState('');
  const [invalid, setInvalid] = useState<Record<string, boolean>>({});
  const submit = () => {
    const next = { toAgency: !required(toAgency), givenBy: !required(givenBy) };
    setInvalid(next);
    if (next.toAgency || next.givenBy) return;
    action.mutate(
      { toAgency: toAgency.trim(), givenBy: givenBy.trim(), ...(dueAt ? { dueAt } : {}) },
      { onSuccess: onDone },
    );
  };
  const err = (f: string) => (invalid[f] ? t('common.required') : fieldError(action.error, f));
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('desk.handover.submit')}
    >
      <TextInput
        label={t('desk.handover.toAgency')}
        value={toAgency}
        onChange={(e) => setToAgency(e.currentTarget.value)}
        error={err('toAgency')}
        withAsterisk
        maxLength={200}
        data-autofocus
      />
      <TextInput
        label={t('desk.handover.givenBy')}
        value={givenBy}
        onChange={(e) => setGivenBy(e.currentTarget.value)}
        error={err('givenBy')}
        withAsterisk
        maxLength={200}
      />
      <DateField
        time
        label={`${t('desk.handover.due')} (${t('common.optional')})`}
        value={dueAt}
        onChange={setDueAt}
        error={err('dueAt')}
      />
    </DialogForm>
  );
}

/** The receiving agency confirms; the line of Mẫu 05 gets its received time. */
export function ReceiveHandoverForm({
  dossier,
  handover,
  onDone,
  onCancel,
}: FormProps & { handover: Handover }) {
  const { t, dateTime } = useI18n();
  const user = useSession().data?.user;
  const action = useDossierAction<HandoverReceiveBody>(dossier.code, `handovers/${handover.id}/receive`);
  const [receivedBy, setReceivedBy] = useState(user?.displayName ?? '');
  const [result, setResult] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    setInvalid(!required(receivedBy));
    if (!required(receivedBy)) return;
    action.mutate(
      { receivedBy: receivedBy.trim(), ...(result.trim() ? { result: result.trim() } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('desk.receive.submit')}
    >
      <Text size="sm">
        {t('desk.receive.intro', { agency: handover.toAgency, at: dateTime(handover.givenAt) })}
      </Text>
      <TextInput
        label={t('desk.receive.receivedBy')}
        value={receivedBy}
        onChange={(e) => setReceivedBy(e.currentTarget.value)}
        error={invalid ? t('common.required') : fieldError(action.error, 'receivedBy')}
        withAsterisk
        maxLength={200}
        data-autofocus
      />
      <TextInput
        label={`${t('desk.receive.result')} (${t('common.optional')})`}
        value={result}
        onChange={(e) => setResult(e.currentTarget.value)}
        error={fieldError(action.error, 'result')}
        maxLength={500}
      />
    </DialogForm>
  );
}

/** The applicant takes the dossier back. */
export function WithdrawForm({ dossier, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const action = useDossierAction<ReasonBody>(dossier.code, 'withdraw');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <DialogForm
      onSubmit={() => {
        setInvalid(!required(reason));
        if (required(reason)) action.mutate({ reason: reason.trim() }, { onSuccess: onDone });
      }}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('desk.withdraw.submit')}
      danger
    >
      <Textarea
        label={t('desk.withdraw.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={invalid ? t('common.required') : fieldError(action.error, 'reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        data-autofocus
      />
    </DialogForm>
  );
}
