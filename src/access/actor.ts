import type { Role } from './roles.ts';

/** Who is acting: a signed-in user (session or API token), or the operator at the server's shell. */
export type Actor =
  | {
      kind: 'user';
      userId: number;
      username: string;
      displayName: string;
      role: Role;
      unitId: number;
      unitCode: string;
      /** Materialised path of the user's unit; the user sees this subtree. */
      unitPath: string;
      via: 'session' | 'token';
    }
  | { kind: 'system'; label: string };

/** The CLI acts as the machine's operator: full rights, labelled in the audit log. */
export function systemActor(label = 'cli'): Actor {
  return { kind: 'system', label };
}

export function actorLabel(actor: Actor): string {
  return actor.kind === 'system' ? `system:${actor.label}` : actor.username;
}

export function actorId(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.userId : null;
}
