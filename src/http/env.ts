import type { Actor } from '../access/actor.ts';

/** What middleware leaves on each request for the routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor | undefined;
    /** The raw session cookie, when the request came with one that is valid. */
    sessionToken: string | undefined;
    csrfToken: string | undefined;
    clientAddress: string;
  };
}
