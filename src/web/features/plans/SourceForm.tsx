import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { usePublications } from '../../api/survey-queries.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { QuestionnaireSelect } from '../surveys/waves/QuestionnaireSelect.tsx';

export interface PlanSource {
  unit: string;
  questionnaire: string;
  period: string;
  publication?: number | undefined;
}

/**
 * Where a plan starts: a unit and an index (questionnaire and period). A published result fills
 * the questionnaire and the period; without one the index is computed from the responses.
 */
export function SourceForm({
  initial,
  onSubmit,
  onCancel,
  submitLabel,
}: {
  initial?: Partial<PlanSource>;
  onSubmit: (source: PlanSource) => void;
  onCancel?: () => void;
  submitLabel: string;
}) {
  const { t } = useI18n();
  const publications = usePublications();
  const published = (publications.data?.publications ?? []).filter(
    (p) => p.status === 'published' && p.supersededById === null,
  );
  const [unit, setUnit] = useState<string | null>(initial?.unit ?? null);
  const [questionnaire, setQuestionnaire] = useState<string | null>(initial?.questionnaire ?? null);
  const [period, setPeriod] = useState(initial?.period ?? '');
  const [publication, setPublication] = useState<string | null>(
    initial?.publication ? String(initial.publication) : null,
  );
  const [invalid, setInvalid] = useState<Record<string, string | undefined>>({});

  const pick = (value: string | null) => {
    setPublication(value);
    const p = published.find((x) => String(x.id) === value);
    if (p) {
      setQuestionnaire(p.questionnaire);
      setPeriod(p.period);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      unit: unit ? undefined : t('common.required'),
      questionnaire: questionnaire ? undefined : t('common.required'),
      period: /^\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/.test(period.trim())
        ? undefined
        : t('plans.source.periodInvalid'),
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean) || !unit || !questionnaire) return;
    const p = published.find((x) => String(x.id) === publication);
    const keep = p && p.questionnaire === questionnaire && p.period === period.trim();
    onSubmit({ unit, questionnaire, period: period.trim(), publication: keep ? p.id : undefined });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('plans.source.label')}>
      <Stack gap="sm">
        <Text size="sm">{t('plans.source.intro')}</Text>
        <UnitPicker
          label={t('plans.source.unit')}
          value={unit}
          onChange={setUnit}
          error={invalid.unit}
          required
        />
        <Select
          label={t('plans.source.publication')}
          description={t('plans.source.publicationHint')}
          placeholder={t('plans.source.publicationNone')}
          data={published.map((p) => ({ value: String(p.id), label: p.title }))}
          value={publication}
          onChange={pick}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <QuestionnaireSelect
            label={t('plans.source.questionnaire')}
            value={questionnaire}
            onChange={setQuestionnaire}
            error={invalid.questionnaire}
            required
          />
          <TextInput
            label={t('plans.source.period')}
            description={t('plans.source.periodHint')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={invalid.period}
            withAsterisk
            maxLength={10}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
