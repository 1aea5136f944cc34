import { Alert, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { vnDate } from '../../../lib/time.ts';
import { api } from '../../api/client.ts';
import { keys, useUnitTypes } from '../../api/queries.ts';
import type { CloseUnitBody, CreateUnitBody, Unit, UnitDetail, UpdateUnitBody } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert, fieldError } from '../../components/errors.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FormError, type FormFields, fieldOf as fieldOfForm } from '../../components/FormErrors.tsx';
import { UnitMultiPicker, UnitPicker } from '../../components/UnitPicker.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** Server errors that belong to one field of these forms. */
const UNIT_FORM: FormFields = {
  codes: { UNIT_CODE_TAKEN: 'code', UNIT_TYPE_UNKNOWN: 'type', UNIT_PARENT_CYCLE: 'parentCode' },
  fields: ['code', 'name', 'type', 'parentCode', 'peerGroup', 'validFrom'],
};
const fieldOf = (error: unknown, field: string) => fieldOfForm(UNIT_FORM, error, field);

function useTypeOptions() {
  const { lang } = useI18n();
  const types = useUnitTypes();
  return (types.data?.types ?? []).map((type) => ({
    value: type.code,
    label: `${lang === 'vi' ? type.nameVi : type.nameEn} (${type.code})`,
  }));
}

interface UnitFormProps {
  /** Create a unit (under `parentCode`), or edit `unit`. */
  unit?: UnitDetail;
  parentCode?: string | null;
  onDone: (unit: Unit) => void;
  onCancel: () => void;
}

export function UnitForm({ unit, parentCode, onDone, onCancel }: UnitFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const typeOptions = useTypeOptions();
  const [code, setCode] = useState('');
  const [name, setName] = useState(unit?.name ?? '');
  const [type, setType] = useState<string | null>(unit?.type ?? null);
  const [parent, setParent] = useState<string | null>(unit ? unit.parentCode : (parentCode ?? null));
  const [peerGroup, setPeerGroup] = useState(unit?.peerGroup ?? '');
  const [validFrom, setValidFrom] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const mutation = useMutation({
    mutationFn: async () => {
      if (unit) {
        const patch: UpdateUnitBody = {};
        if (name.trim() !== unit.name) patch.name = name.trim();
        if (type && type !== unit.type) patch.type = type;
        if (parent && parent !== unit.parentCode) patch.parentCode = parent;
        if (peerGroup.trim() && peerGroup.trim() !== unit.peerGroup) patch.peerGroup = peerGroup.trim();
        if (Object.keys(patch).length === 0) return unit;
        return api<Unit>(`/units/${encodeURIComponent(unit.code)}`, { method: 'PATCH', body: patch });
      }
      const body: CreateUnitBody = {
        code: code.trim(),
        name: name.trim(),
        type: type ?? '',
        parentCode: parent,
      };
      if (peerGroup.trim()) body.peerGroup = peerGroup.trim();
      if (validFrom) body.validFrom = validFrom;
      return api<Unit>('/units', { method: 'POST', body });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: keys.units });
      onDone(saved);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nextMissing = { code: !unit && !code.trim(), name: !name.trim(), type: !type };
    setMissing(nextMissing);
    if (Object.values(nextMissing).some(Boolean)) return;
    mutation.mutate();
  };

  const error = mutation.error;
  const required = (field: string) => (missing[field] ? t('common.required') : fieldOf(error, field));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError form={UNIT_FORM} error={error} />
        {unit ? null : (
          <TextInput
            label={t('units.field.code')}
            description={t('units.field.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={required('code')}
            withAsterisk
            maxLength={50}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <TextInput
          label={t('units.field.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={required('name')}
          withAsterisk
          maxLength={300}
        />
        <Select
          label={t('units.field.type')}
          data={typeOptions}
          value={type}
          onChange={setType}
          error={required('type')}
          withAsterisk
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <UnitPicker
          label={t('units.field.parent')}
          value={parent}
          onChange={setParent}
          error={fieldOf(error, 'parentCode')}
          exclude={unit?.code}
          clearable={!unit}
          placeholder={unit ? undefined : t('units.field.parentNone')}
        />
        <TextInput
          label={`${t('units.field.peerGroup')} (${t('common.optional')})`}
          description={t('units.field.peerGroupHint')}
          value={peerGroup}
          onChange={(e) => setPeerGroup(e.currentTarget.value)}
          error={fieldOf(error, 'peerGroup')}
          maxLength={50}
        />
        {unit ? null : (
          <DateField
            label={`${t('units.field.validFrom')} (${t('common.optional')})`}
            value={validFrom}
            onChange={setValidFrom}
            error={fieldOf(error, 'validFrom')}
          />
        )}
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={unit ? t('common.save') : t('common.create')}
          gap="md"
        />
      </Stack>
    </form>
  );
}

export function CloseUnitForm({
  unit,
  onDone,
  onCancel,
}: {
  unit: UnitDetail;
  onDone: (unit: Unit) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [validTo, setValidTo] = useState(() => vnDate(new Date()));
  const [successors, setSuccessors] = useState<string[]>([]);
  /** Closing is not undone: a day left empty or half typed is asked for, never replaced by today. */
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => {
      const body: CloseUnitBody = { successorCodes: successors, validTo };
      return api<Unit>(`/units/${encodeURIComponent(unit.code)}/close`, { method: 'POST', body });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: keys.units });
      onDone(saved);
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setMissing(!validTo);
        if (validTo) mutation.mutate();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Alert color="orange" variant="light" role="note">
          {t('units.close.warning')}
        </Alert>
        <ErrorAlert error={mutation.error} />
        <DateField
          label={t('units.field.validTo')}
          value={validTo}
          onChange={setValidTo}
          error={missing ? t('common.required') : fieldError(mutation.error, 'validTo')}
          required
        />
        <UnitMultiPicker
          label={t('units.field.successors')}
          description={t('units.field.successorsHint')}
          value={successors}
          onChange={setSuccessors}
          exclude={unit.code}
          error={fieldError(mutation.error, 'successorCodes')}
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('units.close.submit')}
          danger
          gap="md"
        />
      </Stack>
    </form>
  );
}
