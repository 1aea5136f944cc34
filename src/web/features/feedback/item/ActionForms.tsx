import { Autocomplete, Checkbox, Select, Text, Textarea } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useSession, useUsers } from '../../../api/queries.ts';
import { DialogForm } from '../../../components/DialogForm.tsx';
import { fieldError } from '../../../components/errors.tsx';
import { foldedFilter, useUnitOptions } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { hasRole } from '../../../nav.ts';
import { categoryOptions } from '../categories.ts';
import { useFeedbackAction, usePublicCategories } from '../queries.ts';
import type {
  FeedbackDetail,
  MergeBody,
  OfficerBody,
  TransferBody,
  UsernameBody,
  VerifyBody,
} from '../types.ts';

/** Called after a successful action with the item as it is now. */
export type Done = (item: FeedbackDetail) => void;

interface FormProps {
  item: FeedbackDetail;
  onDone: Done;
  onCancel: () => void;
}

/** The one-text actions: their path, the body's field, the words, and the server's minimum. */
export const TEXT_ACTIONS = {
  reject: { path: 'reject', field: 'reason', label: 'fb.reject.reason', submit: 'fb.reject.submit', min: 5 },
  'request-info': {
    path: 'request-info',
    field: 'question',
    label: 'fb.requestInfo.question',
    submit: 'fb.requestInfo.submit',
    min: 5,
  },
  'info-received': {
    path: 'info-received',
    field: 'note',
    label: 'fb.infoReceived.note',
    submit: 'fb.infoReceived.submit',
    min: 5,
  },
  answer: { path: 'answer', field: 'text', label: 'fb.answer.text', submit: 'fb.answer.submit', min: 10 },
  'return-draft': {
    path: 'return-draft',
    field: 'reason',
    label: 'fb.returnDraft.reason',
    submit: 'fb.returnDraft.submit',
    min: 5,
  },
  reopen: { path: 'reopen', field: 'reason', label: 'fb.reopen.reason', submit: 'fb.reopen.submit', min: 5 },
} as const satisfies Record<
  string,
  { path: string; field: string; label: MessageKey; submit: MessageKey; min: number }
>;
export type TextAction = keyof typeof TEXT_ACTIONS;

/** One text (a reason, a question, a note, the answer), checked here as the server would. */
export function TextActionForm({
  item,
  action: name,
  intro,
  initial = '',
  danger,
  onDone,
  onCancel,
}: FormProps & { action: TextAction; intro?: ReactNode; initial?: string; danger?: boolean }) {
  const { t } = useI18n();
  const spec = TEXT_ACTIONS[name];
  const action = useFeedbackAction<Record<string, string>>(item.code, spec.path);
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState<string | undefined>();
  const isAnswer = name === 'answer';
  const submit = () => {
    const text = value.trim();
    const problem = !text
      ? t('common.required')
      : [...text].length < spec.min
        ? t('fb.form.tooShort', { min: spec.min })
        : undefined;
    setInvalid(problem);
    if (!problem) action.mutate({ [spec.field]: text }, { onSuccess: onDone });
  };
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t(spec.submit)}
      danger={danger}
    >
      {intro ? <Text size="sm">{intro}</Text> : null}
      <Textarea
        label={t(spec.label)}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={invalid ?? fieldError(action.error, spec.field)}
        withAsterisk
        autosize
        minRows={isAnswer ? 8 : 3}
        maxLength={isAnswer ? 20000 : 2000}
        data-autofocus
      />
    </DialogForm>
  );
}

/** "Name (CODE)" or a bare code → the code. */
function unitCodeOf(value: string): string {
  const inParens = /\(([^()]+)\)\s*$/.exec(value.trim());
  return (inParens?.[1] ?? value).trim();
}

/**
 * Transfer to the competent unit, with a reason (≤ 5 working days from reception). Any unit may
 * receive it, also one outside the officer's scope: the list offers the units of the scope, and
 * another unit's code can be typed.
 */
export function TransferForm({ item, onDone, onCancel }: FormProps) {
  const { t, dateTime } = useI18n();
  const action = useFeedbackAction<TransferBody>(item.code, 'transfer');
  const units = useUnitOptions(item.unitCode);
  const categories = usePublicCategories();
  const [unit, setUnit] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});
  const submit = () => {
    const next = {
      unitCode: unit.trim() ? undefined : t('common.required'),
      reason: !reason.trim()
        ? t('common.required')
        : [...reason.trim()].length < 5
          ? t('fb.form.tooShort', { min: 5 })
          : undefined,
    };
    setInvalid(next);
    if (next.unitCode || next.reason) return;
    action.mutate(
      { unitCode: unitCodeOf(unit), reason: reason.trim(), ...(category ? { categoryCode: category } : {}) },
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
      submitLabel={t('fb.transfer.submit')}
    >
      <Text size="sm">{t('fb.transfer.intro', { due: dateTime(item.deadlines.transferBy) })}</Text>
      <Autocomplete
        label={t('fb.transfer.unit')}
        description={t('fb.transfer.unitHint')}
        data={units.map((o) => o.label)}
        value={unit}
        onChange={setUnit}
        error={err('unitCode')}
        filter={foldedFilter}
        limit={50}
        withAsterisk
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={`${t('fb.transfer.category')} (${t('common.optional')})`}
        description={t('fb.transfer.categoryHint')}
        data={categoryOptions(categories.data?.categories)}
        value={category}
        onChange={setCategory}
        error={err('categoryCode')}
        searchable
        filter={foldedFilter}
        clearable
        nothingFoundMessage={t('fb.filter.noCategory')}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label={t('fb.transfer.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={err('reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={2000}
      />
    </DialogForm>
  );
}

/** Usernames to pick from, for those who may read the user list (admin, leader); others type one. */
function useUsernameOptions(): string[] {
  const role = useSession().data?.user.role;
  const users = useUsers(hasRole(role, ['admin', 'leader']));
  return useMemo(
    () => (users.data?.users ?? []).filter((u) => u.active).map((u) => `${u.username} — ${u.displayName}`),
    [users.data],
  );
}

const usernameOf = (value: string) => value.split(' — ')[0]?.trim() ?? '';

/** Give the item to a handler: a user who sees the item's unit. */
export function AssignForm({ item, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const me = useSession().data?.user;
  const options = useUsernameOptions();
  const action = useFeedbackAction<UsernameBody>(item.code, 'assign');
  const [value, setValue] = useState(item.handler?.username ?? me?.username ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const username = usernameOf(value);
    setInvalid(!username);
    if (username) action.mutate({ username }, { onSuccess: onDone });
  };
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('fb.assign.submit')}
    >
      <Autocomplete
        label={t('fb.assign.username')}
        description={t('fb.assign.usernameHint')}
        data={options}
        value={value}
        onChange={setValue}
        error={invalid ? t('common.required') : fieldError(action.error, 'username')}
        filter={foldedFilter}
        withAsterisk
        autoCapitalize="none"
        spellCheck={false}
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
    </DialogForm>
  );
}

/** Name the officer a complaint is about (or take the name away); verification comes after. */
export function OfficerForm({ item, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const options = useUsernameOptions();
  const action = useFeedbackAction<OfficerBody>(item.code, 'officer');
  const [value, setValue] = useState(item.officer?.username ?? '');
  const submit = () => {
    const username = usernameOf(value);
    action.mutate({ username: username || null }, { onSuccess: onDone });
  };
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('fb.officer.submit')}
    >
      <Text size="sm">{t('fb.officer.intro')}</Text>
      <Autocomplete
        label={t('fb.officer.username')}
        description={t('fb.officer.usernameHint')}
        data={options}
        value={value}
        onChange={setValue}
        error={fieldError(action.error, 'username')}
        filter={foldedFilter}
        autoCapitalize="none"
        spellCheck={false}
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
    </DialogForm>
  );
}

/** Verify (or withdraw the verification of) the complaint about the named officer. */
export function VerifyForm({ item, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const action = useFeedbackAction<VerifyBody>(item.code, 'officer-verify');
  const [verified, setVerified] = useState(!item.officerVerified);
  const [note, setNote] = useState('');
  return (
    <DialogForm
      onSubmit={() =>
        action.mutate({ verified, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: onDone })
      }
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('fb.verify.submit')}
    >
      <Text size="sm">
        {t('fb.verify.intro', {
          name: item.officer?.displayName ?? '',
          username: item.officer?.username ?? '',
        })}
      </Text>
      <Checkbox
        label={t('fb.verify.verified')}
        description={t('fb.verify.verifiedHint')}
        checked={verified}
        onChange={(e) => setVerified(e.currentTarget.checked)}
        data-autofocus
      />
      <Textarea
        label={`${t('fb.verify.note')} (${t('common.optional')})`}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(action.error, 'note')}
        autosize
        minRows={2}
        maxLength={1000}
      />
    </DialogForm>
  );
}

/** Close this item as a repeat of another (the other is answered for both reporters). */
export function MergeForm({ item, into, onDone, onCancel }: FormProps & { into: string }) {
  const { t } = useI18n();
  const action = useFeedbackAction<MergeBody>(item.code, 'merge');
  return (
    <DialogForm
      onSubmit={() => action.mutate({ into }, { onSuccess: onDone })}
      onCancel={onCancel}
      error={action.error}
      pending={action.isPending}
      submitLabel={t('fb.merge.submit')}
      danger
    >
      <Text>{t('fb.merge.intro', { code: item.code, into })}</Text>
    </DialogForm>
  );
}
