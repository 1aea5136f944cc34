import { z } from 'zod';

/** Validation messages in Vietnamese by default, for the server, the CLI and the web alike. */
z.config(z.locales.vi());
