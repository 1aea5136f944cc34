import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of a summary: a label, a large value, an optional hint. */
export function Figure({
  label,
  value,
  hint,
  fz = 26,
}: {
  label: string;
  value: string;
  hint?: string | undefined;
  /** The value's font size (the dashboards' figures are larger). */
  fz?: number;
}) {
  return (
    <Paper withBorder p="sm" component="li" className="figure">
      <Text size="sm" fw={600} c="gray.8">
        {label}
      </Text>
      <Text fz={fz} fw={800} lh={1.2} className="index-value">
        {value}
      </Text>
      {hint ? <Text size="xs">{hint}</Text> : null}
    </Paper>
  );
}

/** The figures of a summary as a list in a grid (at most `cols` a row on a wide screen). */
export function Figures({
  children,
  label,
  cols = 6,
}: {
  children: ReactNode;
  label?: string;
  cols?: number;
}) {
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 2, sm: 3, md: cols }}
      spacing="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={label}
    >
      {children}
    </SimpleGrid>
  );
}

/** A count per kind under a summary ("Vi phạm theo loại: …", "Theo trạng thái: …"). */
export interface Breakdown {
  key: string;
  label: string;
  count: string;
}

/**
 * A dashboard's figures section: its heading, the figures (five a row), then a count per kind
 * (or `empty` when there is none) and an optional note.
 */
export function DashboardFigures({
  id,
  title,
  children,
  breakdownTitle,
  breakdown,
  empty,
  note,
}: {
  id: string;
  title: string;
  children: ReactNode;
  breakdownTitle: string;
  breakdown: Breakdown[];
  empty?: ReactNode;
  note?: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      <Figures cols={5}>{children}</Figures>
      <Title order={3} size="h5" mt="md" mb={4}>
        {breakdownTitle}
      </Title>
      {breakdown.length || !empty ? (
        <ul className="plain-list">
          {breakdown.map((b) => (
            <li key={b.key}>
              {b.label}:{' '}
              <Text span fw={700}>
                {b.count}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        empty
      )}
      {note}
    </section>
  );
}
