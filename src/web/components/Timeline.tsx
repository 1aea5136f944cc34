import { Text } from '@mantine/core';

/** What the shared timeline needs of a step (a dossier's or a feedback item's event). */
export interface TimelineStep<S> {
  at: string;
  kind: string;
  fromStatus: S | null;
  toStatus: S | null;
}

/**
 * A case's steps, oldest first, as an ordered list: when, what (→ the new status), the details
 * in words, and who. Each feature gives its own labels and details.
 */
export function Timeline<S, E extends TimelineStep<S>>({
  events,
  dateTime,
  kindLabel,
  statusLabel,
  details,
  byline,
}: {
  events: E[];
  dateTime: (at: string) => string;
  kindLabel: (kind: string) => string;
  statusLabel: (status: S) => string;
  details: (event: E) => string[];
  /** "By …" under the step, or null for none. */
  byline: (event: E) => string | null;
}) {
  return (
    <ol className="timeline">
      {events.map((e) => {
        const by = byline(e);
        return (
          <li key={`${e.at}-${e.kind}`} className="timeline-item" data-kind={e.kind}>
            <Text size="sm" c="dimmed" component="p" m={0}>
              <time dateTime={e.at}>{dateTime(e.at)}</time>
            </Text>
            <Text fw={700} component="p" m={0}>
              {kindLabel(e.kind)}
              {e.toStatus && e.toStatus !== e.fromStatus ? (
                <Text span fw={400}>
                  {' '}
                  → {statusLabel(e.toStatus)}
                </Text>
              ) : null}
            </Text>
            {details(e).map((line) => (
              <Text size="sm" key={line} component="p" m={0} style={{ overflowWrap: 'anywhere' }}>
                {line}
              </Text>
            ))}
            {by ? (
              <Text size="xs" c="dimmed" component="p" m={0}>
                {by}
              </Text>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
