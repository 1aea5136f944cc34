import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { KIND } from '../labels.ts';
import { DOCUMENT_KINDS, type DocumentItem, type DocumentKind } from '../types.ts';

export interface DocumentRow extends DocumentItem {
  /** Stable key for React. */
  id: number;
  received: boolean;
  /** Added at the desk, not in the procedure's list: its name is editable. */
  extra: boolean;
}

let nextId = 1;

export function rowsOf(documents: DocumentItem[]): DocumentRow[] {
  return documents.map((d) => ({ ...d, id: nextId++, received: true, extra: false }));
}

/** What is sent: the ticked documents (an extra one needs a name). */
export function receivedDocuments(rows: DocumentRow[]): DocumentItem[] {
  return rows
    .filter((r) => r.received && r.name.trim())
    .map((r) => ({ name: r.name.trim(), kind: r.kind, count: r.count }));
}

/**
 * The procedure's documents, ticked: the officer unticks what was not handed in and corrects the
 * kind (original, certified copy, copy) and the count. Reached with Tab (Enter skips the list).
 */
export function DocumentChecklist({
  rows,
  onChange,
}: {
  rows: DocumentRow[];
  onChange: (rows: DocumentRow[]) => void;
}) {
  const { t } = useI18n();
  const added = useRef<HTMLInputElement>(null);
  const set = (id: number, patch: Partial<DocumentRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const kinds = DOCUMENT_KINDS.map((k) => ({ value: k, label: t(KIND[k]) }));
  const checked = rows.filter((r) => r.received).length;

  return (
    <Stack gap="xs">
      <ul className="doc-rows">
        {rows.map((row, i) => {
          const name = row.name.trim() || t('reception.doc.extraName');
          return (
            <li key={row.id} className="doc-row" data-received={row.received || undefined}>
              {row.extra ? (
                <Group gap="xs" wrap="nowrap" className="doc-name">
                  <Checkbox
                    checked={row.received}
                    onChange={(e) => set(row.id, { received: e.currentTarget.checked })}
                    aria-label={name}
                  />
                  <TextInput
                    ref={i === rows.length - 1 ? added : undefined}
                    aria-label={t('reception.doc.extraName')}
                    value={row.name}
                    onChange={(e) => set(row.id, { name: e.currentTarget.value })}
                    maxLength={300}
                    style={{ flex: 1 }}
                  />
                </Group>
              ) : (
                <Checkbox
                  className="doc-name"
                  checked={row.received}
                  onChange={(e) => set(row.id, { received: e.currentTarget.checked })}
                  label={row.name}
                />
              )}
              <Group gap="xs" wrap="nowrap" className="doc-kind">
                <NativeSelect
                  aria-label={t('reception.doc.kindOf', { name })}
                  data={kinds}
                  value={row.kind}
                  onChange={(e) => set(row.id, { kind: e.currentTarget.value as DocumentKind })}
                  disabled={!row.received}
                />
                <NumberInput
                  aria-label={t('reception.doc.countOf', { name })}
                  value={row.count}
                  onChange={(v) => set(row.id, { count: Math.max(1, Math.min(100, Number(v) || 1)) })}
                  min={1}
                  max={100}
                  w={80}
                  disabled={!row.received}
                  allowDecimal={false}
                  allowNegative={false}
                />
                {row.extra ? (
                  <Button
                    variant="subtle"
                    color="red.9"
                    size="compact-sm"
                    onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                    aria-label={t('reception.doc.remove', { name })}
                  >
                    ×
                  </Button>
                ) : null}
              </Group>
            </li>
          );
        })}
      </ul>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {t('reception.doc.count', { checked, total: rows.length })}
        </Text>
        <Button
          variant="default"
          size="xs"
          onClick={() => {
            onChange([
              ...rows,
              { id: nextId++, name: '', kind: 'copy', count: 1, received: true, extra: true },
            ]);
            // Focus the new row's name once it is in the page.
            window.setTimeout(() => added.current?.focus(), 0);
          }}
        >
          {t('reception.doc.add')}
        </Button>
      </Group>
    </Stack>
  );
}
