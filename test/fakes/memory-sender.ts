import type { Channel, OutgoingMessage, Sender } from '../../src/messaging/sender.ts';
import type { TemplateName } from '../../src/messaging/templates.ts';

/** A sender that records what it was given and answers as told (default: accepted). */
export function memorySender(
  channel: Channel,
  answer: (msg: OutgoingMessage, call: number) => Promise<{ providerId: string }> | { providerId: string } = (
    m,
  ) => ({
    providerId: `mem-${m.id}`,
  }),
  templates?: readonly TemplateName[],
): Sender & { calls: OutgoingMessage[] } {
  const calls: OutgoingMessage[] = [];
  return {
    channel,
    ...(templates ? { templates } : {}),
    calls,
    async send(msg) {
      calls.push(msg);
      return answer(msg, calls.length);
    },
  };
}
