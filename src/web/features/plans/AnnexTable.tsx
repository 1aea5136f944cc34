import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { dueText } from './labels.ts';
import type { Due } from './types.ts';

export interface AnnexRow {
  key: string | number;
  /** "TT": the row's number in the plan; null for a proposed row not chosen. */
  position: number | null;
  task: string;
  due: Due;
  responsible: string;
  product?: string | undefined;
  partners?: string | undefined;
  /** Shown small under the task: the criterion it answers. */
  note?: string | null | undefined;
}

export interface AnnexColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
  /** Cells that should not wrap (numbers, buttons). */
  nowrap?: boolean;
}

/**
 * The plan's annex as seed 004 prints it: TT, Nhiệm vụ, Thời gian hoàn thành, Trách nhiệm thực hiện,
 * Sản phẩm/hoạt động, Đơn vị phối hợp; a page may add a column before (a tick) or after (progress,
 * actions). Scrolls sideways on a narrow screen rather than squeezing the text.
 */
export function AnnexTable<R extends AnnexRow>({
  rows,
  caption,
  lead,
  extra = [],
}: {
  rows: R[];
  caption: string;
  lead?: AnnexColumn<R>;
  extra?: AnnexColumn<R>[];
}) {
  const { t, date } = useI18n();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" striped>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {lead ? <Table.Th scope="col">{lead.header}</Table.Th> : null}
            <Table.Th scope="col" w={48}>
              {t('plans.col.position')}
            </Table.Th>
            <Table.Th scope="col" miw={220}>
              {t('plans.col.task')}
            </Table.Th>
            <Table.Th scope="col">{t('plans.col.due')}</Table.Th>
            <Table.Th scope="col">{t('plans.col.responsible')}</Table.Th>
            <Table.Th scope="col">{t('plans.col.product')}</Table.Th>
            <Table.Th scope="col">{t('plans.col.partners')}</Table.Th>
            {extra.map((c) => (
              <Table.Th scope="col" key={c.header}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {lead ? <Table.Td>{lead.cell(row)}</Table.Td> : null}
              <Table.Td ta="center">{row.position ?? '—'}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {row.task}
                {row.note ? (
                  <Text size="xs" c="gray.8" mt={2}>
                    {row.note}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{dueText(t, row.due, date)}</Table.Td>
              <Table.Td>{row.responsible}</Table.Td>
              <Table.Td>
                {row.product ? (
                  row.product
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {row.partners ? (
                  row.partners
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              {extra.map((c) => (
                <Table.Td key={c.header} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
