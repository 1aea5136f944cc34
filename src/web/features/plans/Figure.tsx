import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of a summary: a label, a large value, an optional hint. */
export function Figure({ label, value, hint }: { label: string; value: string; hint?: string | undefined }) {
  return (
    <Paper withBorder p="sm" component="li" className="figure">
      <Text size="sm" fw={600} c="gray.8">
        {label}
      </Text>
      <Text fz={26} fw={800} lh={1.2} className="index-value">
        {value}
      </Text>
      {hint ? <Text size="xs">{hint}</Text> : null}
    </Paper>
  );
}

export function Figures({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 2, sm: 3, md: 6 }}
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
