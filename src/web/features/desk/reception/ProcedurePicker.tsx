import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { forwardRef, useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { useUnitProcedures } from '../queries.ts';
import type { DeskProcedure } from '../types.ts';

interface Props {
  unitCode: string | null;
  value: DeskProcedure | null;
  onChange: (procedure: DeskProcedure | null) => void;
  /** After a pick (by Enter or a click): the form moves on. */
  onPicked: () => void;
  error?: string | undefined;
}

const labelOf = (p: DeskProcedure) => `${p.name} (${p.code})`;

/**
 * The unit's procedures, searched on the server as one types (diacritics ignored). The first
 * match is highlighted, so typing a few letters and Enter picks it; arrows choose another.
 */
export const ProcedurePicker = forwardRef<HTMLInputElement, Props>(function ProcedurePicker(
  { unitCode, value, onChange, onPicked, error },
  ref,
) {
  const { t } = useI18n();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ? labelOf(value) : '');
  const typed = value && search === labelOf(value) ? '' : search.trim();
  const [debounced] = useDebouncedValue(typed, 250);
  const list = useUnitProcedures(unitCode, debounced);
  const procedures = list.data?.procedures ?? [];

  // New results: highlight the first, so Enter takes it.
  useEffect(() => {
    if (list.data && combobox.dropdownOpened) combobox.selectFirstOption();
  }, [list.data, combobox.dropdownOpened, combobox.selectFirstOption]);

  const pick = (code: string) => {
    const procedure = procedures.find((p) => p.code === code);
    if (!procedure) return;
    onChange(procedure);
    setSearch(labelOf(procedure));
    combobox.closeDropdown();
    onPicked();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={ref}
          data-enter
          label={t('reception.procedure')}
          description={t('reception.procedureHint')}
          placeholder={t('reception.procedurePlaceholder')}
          value={search}
          error={error}
          withAsterisk
          disabled={!unitCode}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            if (value) setSearch(labelOf(value));
          }}
          rightSection={list.isFetching ? <Loader size="xs" aria-hidden /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
          {procedures.length === 0 ? (
            <Combobox.Empty>
              {list.isFetching ? t('app.loading') : t('reception.procedureNone')}
            </Combobox.Empty>
          ) : (
            procedures.map((p) => (
              <Combobox.Option value={p.code} key={p.code} active={p.code === value?.code}>
                <Text size="sm" fw={600}>
                  {p.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {p.code} · {p.field}
                </Text>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
});
