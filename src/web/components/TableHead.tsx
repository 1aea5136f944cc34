import { Table } from '@mantine/core';

/** A column heading: its words, right-aligned for figures. */
export type Column = string | { label: string; right: true };

/** A table's header row of column headings (`scope="col"`). */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) =>
          typeof c === 'string' ? (
            <Table.Th key={c} scope="col">
              {c}
            </Table.Th>
          ) : (
            <Table.Th key={c.label} scope="col" ta="right">
              {c.label}
            </Table.Th>
          ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
