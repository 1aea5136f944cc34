import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { RowField } from '../RowField.tsx';
import type { CriterionOption } from '../TaskForm.tsx';
import type { Measure } from './queries.ts';

export interface MeasureValues {
  criterion: string;
  task: string;
  responsible: string;
  product: string;
  timing: string;
  partners: string;
  active: boolean;
}

/**
 * One measure of the library: the criterion it answers (fixed once created), Nhiệm vụ, Trách nhiệm
 * thực hiện, Sản phẩm/hoạt động, Thời gian, Đơn vị phối hợp; when editing, whether it is in use.
 * The server checks again and names the field it refuses.
 */
export function MeasureForm({
  initial,
  criteria,
  onSubmit,
  onCancel,
  pending = false,
  error = null,
  submitLabel,
}: {
  initial?: Measure | undefined;
  criteria: CriterionOption[];
  onSubmit: (values: MeasureValues) => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  submitLabel: string;
}) {
  const { t } = useI18n();
  const editing = initial !== undefined;
  const [criterion, setCriterion] = useState<string | null>(initial?.criterion ?? null);
  const [task, setTask] = useState(initial?.task ?? '');
  const [responsible, setResponsible] = useState(initial?.responsible ?? '');
  const [product, setProduct] = useState(initial?.product ?? '');
  const [timing, setTiming] = useState(initial?.timing ?? 'Thường xuyên');
  const [partners, setPartners] = useState(initial?.partners ?? '');
  const [active, setActive] = useState(initial?.active ?? true);
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const next = {
      criterion: criterion ? undefined : t('common.required'),
      task: task.trim() ? undefined : t('common.required'),
      responsible: responsible.trim() ? undefined : t('common.required'),
      timing: timing.trim() ? undefined : t('common.required'),
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean) || !criterion) return;
    onSubmit({
      criterion,
      task: task.trim(),
      responsible: responsible.trim(),
      product: product.trim(),
      timing: timing.trim(),
      partners: partners.trim(),
      active,
    });
  };
  const err = (field: string) => invalid[field] ?? fieldError(error, field);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <Select
          label={t('plans.col.criterion')}
          data={criteria.map((c) => ({ value: c.code, label: `${c.code}. ${c.title}` }))}
          value={criterion}
          onChange={setCriterion}
          error={err('criterion')}
          disabled={editing}
          withAsterisk
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <RowField field="task" state={[task, setTask]} err={err} maxLength={1000} />
        <RowField field="responsible" state={[responsible, setResponsible]} err={err} maxLength={300} />
        <RowField field="product" state={[product, setProduct]} err={err} maxLength={1000} />
        <TextInput
          label={t('measures.col.timing')}
          description={t('measures.timingHint')}
          value={timing}
          onChange={(e) => setTiming(e.currentTarget.value)}
          error={err('timing')}
          withAsterisk
          maxLength={200}
        />
        <RowField field="partners" state={[partners, setPartners]} err={err} maxLength={500} />
        {editing ? (
          <Checkbox
            label={t('measures.activeField')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            error={err('active')}
          />
        ) : null}
        <FormButtons onCancel={onCancel} pending={pending} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}
