import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

const TONES = { ok: 'green', bad: 'red', warn: 'yellow', info: 'blue', neutral: 'gray' } as const;

/**
 * A small status label. The text is near-black on a tinted background so it stays above 4.5:1
 * whatever the tone (Mantine's light badges in green or yellow fall below it).
 */
export function StatusBadge({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <Badge
      color={TONES[tone]}
      variant="light"
      c="dark.9"
      tt="none"
      fw={600}
      style={{ border: `1px solid var(--mantine-color-${TONES[tone]}-4)` }}
    >
      {children}
    </Badge>
  );
}

/** A unit or token code, in a neutral outlined badge. */
export function CodeBadge({ children }: { children: ReactNode }) {
  return (
    <Badge variant="outline" color="gray.7" c="dark.9" size="sm" radius="sm" tt="none">
      {children}
    </Badge>
  );
}
