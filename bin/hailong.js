#!/usr/bin/env node
// The `hailong` command. Sources are TypeScript run through tsx, so the CLI works
// straight from a checkout (`npm run hailong -- …`) and as the package `bin`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
