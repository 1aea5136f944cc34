import { Paper, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** One fact of a case shown to the citizen ("Đơn vị: …"); a missing optional fact is left out. */
export interface Fact {
  label: string;
  value: ReactNode;
  /** Keep the line breaks the citizen typed. */
  preLine?: boolean;
}

/** The facts of a dossier or a feedback item, as a card of terms and values. */
export function FactCard({ facts }: { facts: (Fact | null | false | undefined)[] }) {
  return (
    <Paper withBorder p="md">
      <dl className="kv">
        {facts
          .filter((f): f is Fact => Boolean(f))
          .map((f) => (
            <Fragment key={f.label}>
              <dt>{f.label}</dt>
              <dd style={f.preLine ? { whiteSpace: 'pre-line' } : undefined}>{f.value}</dd>
            </Fragment>
          ))}
      </dl>
    </Paper>
  );
}

/** One step of a case as the citizen sees it: when, what, and lines of detail. */
export interface PublicStep {
  at: string;
  kind: string;
  title: string;
  /** `wrap`: a text the citizen or officer typed, broken anywhere to fit a phone. */
  lines: { text: string; wrap?: boolean }[];
}

/** The steps of a case on its public tracking page, oldest first. */
export function PublicTimeline({ title, steps }: { title: string; steps: PublicStep[] }) {
  const { dateTime } = useI18n();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="track-timeline">
      <Title order={2} size="h4" id="track-timeline" mb="xs">
        {title}
      </Title>
      <ol className="timeline">
        {steps.map((e) => (
          <li key={`${e.at}-${e.kind}`} className="timeline-item">
            <Text size="sm" c="dimmed" component="p" m={0}>
              <time dateTime={e.at}>{dateTime(e.at)}</time>
            </Text>
            <Text fw={700} component="p" m={0}>
              {e.title}
            </Text>
            {e.lines.map((line) => (
              <Text
                key={line.text}
                size="sm"
                component="p"
                m={0}
                style={line.wrap ? { overflowWrap: 'anywhere' } : undefined}
              >
                {line.text}
              </Text>
            ))}
          </li>
        ))}
      </ol>
    </Paper>
  );
}
