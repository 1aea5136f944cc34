import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { CHANNELS } from '../../../api/survey-types.ts';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { IndexSearch } from '../routes.tsx';
import { QuestionnaireSelect } from '../waves/QuestionnaireSelect.tsx';

const PERIOD = /^\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?$/i;

/** Questionnaire, period, unit and channel; applied together ("Xem"), kept in the address. */
export function IndexFilters({
  value,
  onApply,
}: {
  value: IndexSearch;
  onApply: (next: IndexSearch) => void;
}) {
  const t = useT();
  const [q, setQ] = useState<string | null>(value.q ?? null);
  const [period, setPeriod] = useState(value.period ?? String(new Date().getFullYear() - 1));
  const [unit, setUnit] = useState<string | null>(value.unit ?? null);
  const [channel, setChannel] = useState<string | null>(value.channel ?? null);
  const [errors, setErrors] = useState<{ q?: string; period?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      q: q ? undefined : t('common.required'),
      period: PERIOD.test(period.trim()) ? undefined : t('index.filter.periodInvalid'),
    };
    setErrors(next);
    if (next.q || next.period) return;
    onApply({
      q: q ?? undefined,
      period: period.trim().toUpperCase(),
      unit: unit ?? undefined,
      channel: channel ?? undefined,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('index.filter.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <QuestionnaireSelect
          label={t('index.filter.questionnaire')}
          value={q}
          onChange={setQ}
          error={errors.q}
          required
        />
        <TextInput
          label={t('index.filter.period')}
          description={t('index.filter.periodHint')}
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          error={errors.period}
          withAsterisk
          maxLength={7}
        />
        <UnitPicker
          label={`${t('index.filter.unit')} (${t('common.optional')})`}
          value={unit}
          onChange={setUnit}
          clearable
        />
        <Select
          label={`${t('index.filter.channel')} (${t('common.optional')})`}
          data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          value={channel}
          onChange={setChannel}
          clearable
          placeholder={t('index.filter.allChannels')}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('index.filter.apply')}</Button>
      </Group>
    </form>
  );
}
