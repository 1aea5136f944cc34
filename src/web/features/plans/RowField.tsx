import { Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/index.tsx';

/**
 * One text field of an annex row or of a library measure: Nhiệm vụ and Trách nhiệm thực hiện are
 * required, Sản phẩm/hoạt động and Đơn vị phối hợp are not; the long ones grow with their text.
 */
export function RowField({
  field,
  state: [value, onChange],
  err,
  maxLength,
}: {
  field: 'task' | 'responsible' | 'product' | 'partners';
  /** The field's value and its setter (as from useState). */
  state: [string, (value: string) => void];
  /** The form's error for a field name. */
  err: (field: string) => string | undefined;
  maxLength: number;
}) {
  const { t } = useI18n();
  const common = {
    label: t(`plans.col.${field}`),
    value,
    error: err(field),
    maxLength,
  };
  if (field === 'task' || field === 'product')
    return (
      <Textarea
        {...common}
        onChange={(e) => onChange(e.currentTarget.value)}
        withAsterisk={field === 'task'}
        autosize
        minRows={2}
        data-autofocus={field === 'task' ? true : undefined}
      />
    );
  return (
    <TextInput
      {...common}
      onChange={(e) => onChange(e.currentTarget.value)}
      withAsterisk={field === 'responsible'}
    />
  );
}
