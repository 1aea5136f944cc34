import { Anchor, Card, Group, Stack, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { type Column, TableHead } from './TableHead.tsx';
import { useIsPhone } from './useIsPhone.ts';

/** The pages a case's code opens (a dossier of the desk, a feedback item). */
export type CasePath = '/mot-cua/ho-so/$code' | '/phan-anh-xu-ly/$code';

/** A case's code as a bold link to its page. */
export function CaseLink({ to, code }: { to: CasePath; code: string }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to={to} params={{ code }} />}
      fw={700}
      style={{ whiteSpace: 'nowrap' }}
    >
      {code}
    </Anchor>
  );
}

/**
 * A list of cases (dossiers, feedback items): cards on a phone, a table otherwise; the code opens
 * the case. Each feature gives its columns, its cells, and its card.
 */
export function ItemTable<T extends { code: string }>({
  items,
  caption,
  to,
  minWidth,
  columns,
  badge,
  card,
  cells,
}: {
  items: T[];
  caption: string;
  to: CasePath;
  minWidth: number;
  /** The headings; the first is the code's. */
  columns: Column[];
  /** Beside the code on a card (the status). */
  badge: (item: T) => ReactNode;
  /** The rest of a card, under the code. */
  card: (item: T) => ReactNode;
  /** A row's cells after the code. */
  cells: (item: T) => ReactNode;
}) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {items.map((item) => (
          <Card component="li" key={item.code} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <CaseLink to={to} code={item.code} />
              {badge(item)}
            </Group>
            {card(item)}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table withTableBorder striped verticalSpacing="xs">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={columns} />
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Th scope="row" fw={400}>
                <CaseLink to={to} code={item.code} />
              </Table.Th>
              {cells(item)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
