import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useSession, useUnitTree } from '../../../api/queries.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { CreateWaveBody } from '../../../api/survey-types.ts';
import { DateField } from '../../../components/DateField.tsx';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { UnitMultiPicker, UnitPicker } from '../../../components/UnitPicker.tsx';
import { useT } from '../../../i18n/index.tsx';
import { openDescendants } from './descendants.ts';
import { QuestionnaireSelect } from './QuestionnaireSelect.tsx';

const REQUIRED = [
  'code',
  'title',
  'questionnaire',
  'period',
  'opensOn',
  'closesOn',
  'ownerUnitCode',
] as const;

/** Create a survey wave: questionnaire version, period, dates, the units surveyed and their target. */
export function WaveForm({ onDone, onCancel }: { onDone: (code: string) => void; onCancel: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useSession().data?.user;
  const tree = useUnitTree(false);
  const [values, setValues] = useState({
    code: '',
    title: '',
    questionnaire: null as string | null,
    period: String(new Date().getFullYear()),
    opensOn: '',
    closesOn: '',
    ownerUnitCode: (me?.unitCode ?? null) as string | null,
  });
  const [unitCodes, setUnitCodes] = useState<string[]>([]);
  const [targetSample, setTargetSample] = useState<number | string>(30);
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const mutation = useMutation({
    mutationFn: () => {
      const body: CreateWaveBody = {
        code: values.code.trim(),
        title: values.title.trim(),
        questionnaire: values.questionnaire ?? '',
        period: values.period.trim(),
        opensOn: values.opensOn,
        closesOn: values.closesOn,
        ownerUnitCode: values.ownerUnitCode ?? '',
        unitCodes,
        targetSample: Number(targetSample),
      };
      return api<unknown>('/surveys/waves', { method: 'POST', body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.waves });
      onDone(values.code.trim());
    },
  });

  const set = (field: keyof typeof values) => (value: string | null) =>
    setValues((prev) => ({ ...prev, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, boolean> = {};
    for (const field of REQUIRED) next[field] = !String(values[field] ?? '').trim();
    next.unitCodes = unitCodes.length === 0;
    next.targetSample = !(Number(targetSample) > 0);
    setMissing(next);
    if (Object.values(next).some(Boolean)) return;
    mutation.mutate();
  };

  const err = (field: string) => (missing[field] ? t('common.required') : fieldError(mutation.error, field));
  const addDescendants = () => {
    if (!tree.data || !values.ownerUnitCode) return;
    const codes = openDescendants(tree.data.units, values.ownerUnitCode);
    setUnitCodes((prev) => [...new Set([...prev, ...codes])]);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {Object.values(missing).some(Boolean) ? (
          <Alert color="red" variant="light" role="alert">
            {t('form.checkFields')}
          </Alert>
        ) : null}
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('waves.field.code')}
            description={t('waves.field.codeHint')}
            value={values.code}
            onChange={(e) => set('code')(e.currentTarget.value)}
            error={err('code')}
            withAsterisk
            maxLength={50}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            label={t('waves.field.period')}
            description={t('waves.field.periodHint')}
            value={values.period}
            onChange={(e) => set('period')(e.currentTarget.value)}
            error={err('period')}
            withAsterisk
            maxLength={7}
          />
        </SimpleGrid>
        <TextInput
          label={t('waves.field.title')}
          value={values.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={err('title')}
          withAsterisk
          maxLength={300}
        />
        <QuestionnaireSelect
          label={t('waves.field.questionnaire')}
          value={values.questionnaire}
          onChange={set('questionnaire')}
          error={err('questionnaire')}
          versions
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('waves.field.opensOn')}
            value={values.opensOn}
            onChange={set('opensOn')}
            error={err('opensOn')}
            required
          />
          <DateField
            label={t('waves.field.closesOn')}
            value={values.closesOn}
            onChange={set('closesOn')}
            error={err('closesOn')}
            required
          />
        </SimpleGrid>
        <UnitPicker
          label={t('waves.field.owner')}
          value={values.ownerUnitCode}
          onChange={set('ownerUnitCode')}
          error={err('ownerUnitCode')}
          required
        />
        <UnitMultiPicker
          label={t('waves.field.units')}
          description={t('waves.field.unitsHint')}
          value={unitCodes}
          onChange={setUnitCodes}
          error={err('unitCodes')}
        />
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={addDescendants} disabled={!values.ownerUnitCode}>
            {t('waves.field.addDescendants')}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => setUnitCodes([])}
            disabled={unitCodes.length === 0}
          >
            {t('waves.field.clearUnits')}
          </Button>
        </Group>
        <NumberInput
          label={t('waves.field.target')}
          description={t('waves.field.targetHint')}
          value={targetSample}
          onChange={setTargetSample}
          error={err('targetSample')}
          min={1}
          max={100000}
          allowDecimal={false}
          withAsterisk
          maw={240}
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('common.create')}
          gap="md"
        />
      </Stack>
    </form>
  );
}
