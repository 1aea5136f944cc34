// Whether dist/ holds the compiled server and CLI for the sources beside it. Plain JavaScript:
// bin/hailong.js asks this before it knows whether TypeScript can be run at all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Written by `npm run build` into dist/: the hash of the sources it compiled. */
export const STAMP = join(ROOT, 'dist', '.server-source-hash');

/** Everything the compiled server is made from: src/ without the web app and the tests. */
export function serverSourceHash(root = ROOT) {
  const hash = createHash('sha256');
  const visit = (dir, rel) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'src/web') visit(join(dir, entry.name), path);
      } else if (!entry.name.endsWith('.test.ts')) {
        hash
          .update(path)
          .update('\0')
          .update(readFileSync(join(dir, entry.name)));
      }
    }
  };
  visit(join(root, 'src'), 'src');
  for (const file of ['tsconfig.json', 'tsconfig.build.json']) {
    if (existsSync(join(root, file)))
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

/**
 * 'built' when dist/ has the compiled CLI and either there are no sources (an installed package)
 * or they are the ones it was compiled from; 'sources' otherwise (a checkout without a build, or
 * with a build older than its sources).
 */
export function whatToRun(root = ROOT) {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) return 'sources';
  if (!existsSync(join(root, 'src'))) return 'built';
  const stamp = join(root, 'dist', '.server-source-hash');
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === serverSourceHash(root) ? 'built' : 'sources';
}
