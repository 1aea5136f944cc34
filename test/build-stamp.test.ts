import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serverSourceHash, whatToRun } from '../bin/build-stamp.js';

/** bin/hailong.js runs dist/ only when it was built from the sources beside it. */
describe('which code the hailong command runs', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  function project(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'hailong-stamp-'));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  const build = (root: string) => {
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'dist/cli/main.js'), '');
    writeFileSync(join(root, 'dist/.server-source-hash'), serverSourceHash(root));
  };

  it('runs the sources in a checkout without a build', () => {
    expect(whatToRun(project({ 'src/cli/main.ts': 'a' }))).toBe('sources');
  });

  it('runs the build made from these sources, and the sources again once one of them changes', () => {
    const root = project({ 'src/cli/main.ts': 'a', 'src/db/migrations/0000.sql': 'create table t ();' });
    build(root);
    expect(whatToRun(root)).toBe('built');
    writeFileSync(join(root, 'src/db/migrations/0001.sql'), 'create table u ();');
    expect(whatToRun(root)).toBe('sources');
    build(root);
    writeFileSync(join(root, 'src/cli/main.ts'), 'b');
    expect(whatToRun(root)).toBe('sources');
  });

  it('ignores what the server build is not made of: the web app and the tests', () => {
    const root = project({ 'src/cli/main.ts': 'a', 'src/web/main.tsx': 'x', 'src/cli/main.test.ts': 't' });
    build(root);
    writeFileSync(join(root, 'src/web/main.tsx'), 'y');
    writeFileSync(join(root, 'src/cli/main.test.ts'), 'u');
    expect(whatToRun(root)).toBe('built');
  });

  it('runs the build in an installed package, which has no sources', () => {
    const root = project({ 'package.json': '{}', 'dist/cli/main.js': '', 'dist/.server-source-hash': 'x' });
    expect(whatToRun(root)).toBe('built');
  });
});
