import { Group, MultiSelect, Radio, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert, fieldError } from '../../components/errors.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { recurrenceLabel } from './labels.ts';
import { RowField } from './RowField.tsx';
import { type Due, RECURRENCES, type Recurrence, type TaskInput } from './types.ts';

export interface CriterionOption {
  code: string;
  title: string;
}

interface DueState {
  kind: Due['kind'];
  date: string;
  recurrence: Recurrence;
  text: string;
}

function dueState(due: Due | undefined): DueState {
  return {
    kind: due?.kind ?? 'recurring',
    date: due?.kind === 'date' ? due.date : '',
    recurrence: due?.kind === 'recurring' ? due.recurrence : 'thuong_xuyen',
    text: due?.kind === 'text' ? due.text : '',
  };
}

function dueOf(state: DueState): Due {
  if (state.kind === 'date') return { kind: 'date', date: state.date };
  if (state.kind === 'recurring') return { kind: 'recurring', recurrence: state.recurrence };
  return { kind: 'text', text: state.text.trim() };
}

/**
 * One row of the plan's annex (seed 004): Nhiệm vụ, Thời gian hoàn thành (a date, a recurring rule
 * or free text), Trách nhiệm thực hiện, Sản phẩm/hoạt động, Đơn vị phối hợp; and the criterion it
 * answers. The server checks again and names the field it refuses.
 */
export function TaskForm({
  initial,
  criteria,
  onSubmit,
  onCancel,
  pending = false,
  error = null,
  submitLabel,
  errorPrefix = '',
  officers,
}: {
  initial?: TaskInput | undefined;
  criteria: CriterionOption[];
  onSubmit: (task: TaskInput) => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  submitLabel: string;
  /** Prefix of the server's field names ("task." when adding one row). */
  errorPrefix?: string;
  /** The officers who may be named on the task (a saved plan's unit and below); none → no picker. */
  officers?: { value: string; label: string }[] | undefined;
}) {
  const { t } = useI18n();
  const [criterion, setCriterion] = useState<string | null>(initial?.criterionCode ?? null);
  const [task, setTask] = useState(initial?.task ?? '');
  const [due, setDue] = useState<DueState>(dueState(initial?.due));
  const [responsible, setResponsible] = useState(initial?.responsible ?? '');
  const [product, setProduct] = useState(initial?.product ?? '');
  const [partners, setPartners] = useState(initial?.partners ?? '');
  const [assignees, setAssignees] = useState<string[]>((initial?.assignees ?? []).map(String));
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const next = {
      task: task.trim() ? undefined : t('common.required'),
      responsible: responsible.trim() ? undefined : t('common.required'),
      due:
        (due.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(due.date)) ||
        (due.kind === 'text' && !due.text.trim())
          ? t('plans.task.dueRequired')
          : undefined,
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean)) return;
    onSubmit({
      criterionCode: criterion,
      task: task.trim(),
      due: dueOf(due),
      responsible: responsible.trim(),
      product: product.trim(),
      partners: partners.trim(),
      ...(officers ? { assignees: assignees.map(Number) } : {}),
    });
  };
  const err = (field: string) =>
    invalid[field] ??
    fieldError(error, `${errorPrefix}${field}`) ??
    (field === 'due'
      ? (fieldError(error, `${errorPrefix}due.date`) ?? fieldError(error, `${errorPrefix}due.text`))
      : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <Select
          label={t('plans.col.criterion')}
          placeholder={t('plans.task.noCriterion')}
          data={criteria.map((c) => ({ value: c.code, label: `${c.code}. ${c.title}` }))}
          value={criterion}
          onChange={setCriterion}
          clearable
          error={err('criterionCode')}
          comboboxProps={{ withinPortal: true }}
        />
        <RowField field="task" state={[task, setTask]} err={err} maxLength={2000} />
        <Radio.Group
          label={t('plans.col.due')}
          value={due.kind}
          onChange={(value) => setDue((d) => ({ ...d, kind: value as Due['kind'] }))}
          withAsterisk
        >
          <Group gap="md" mt={4}>
            <Radio value="date" label={t('plans.due.kind.date')} />
            <Radio value="recurring" label={t('plans.due.kind.recurring')} />
            <Radio value="text" label={t('plans.due.kind.text')} />
          </Group>
        </Radio.Group>
        {due.kind === 'date' ? (
          <DateField
            label={t('plans.due.date')}
            value={due.date}
            onChange={(value) => setDue((d) => ({ ...d, date: value }))}
            error={err('due')}
            required
          />
        ) : null}
        {due.kind === 'recurring' ? (
          <Select
            label={t('plans.due.rule')}
            data={RECURRENCES.map((r) => ({ value: r, label: recurrenceLabel(t, r) }))}
            value={due.recurrence}
            onChange={(value) => setDue((d) => ({ ...d, recurrence: (value as Recurrence) ?? d.recurrence }))}
            allowDeselect={false}
            error={err('due')}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        {due.kind === 'text' ? (
          <TextInput
            label={t('plans.due.text')}
            description={t('plans.due.textHint')}
            value={due.text}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDue((d) => ({ ...d, text: value }));
            }}
            error={err('due')}
            withAsterisk
            maxLength={200}
          />
        ) : null}
        <RowField field="responsible" state={[responsible, setResponsible]} err={err} maxLength={300} />
        <RowField field="product" state={[product, setProduct]} err={err} maxLength={2000} />
        <RowField field="partners" state={[partners, setPartners]} err={err} maxLength={1000} />
        {officers ? (
          <MultiSelect
            label={t('plans.task.assignees')}
            description={t('plans.task.assigneesHint')}
            data={officers}
            value={assignees}
            onChange={setAssignees}
            searchable
            clearable
            maxValues={20}
            error={err('assignees') ?? fieldError(error, `${errorPrefix}assignees[0]`)}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <FormButtons onCancel={onCancel} pending={pending} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}
