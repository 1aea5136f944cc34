// `npm run build`: everything a production install runs, into dist/ (git-ignored).
//   dist/<area>/…js  the server and CLI, compiled by tsc (tsconfig.build.json), same layout as src/
//   dist/db/migrations  the SQL migrations, beside the compiled migrator
//   dist/web          the web app, bundled by Vite (skipped when its sources did not change)
//   dist/.server-source-hash  what bin/hailong.js compares with the sources before running dist/
// Needs the dev dependencies (TypeScript, Vite); the result runs with the production ones only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT, STAMP, serverSourceHash } from '../bin/build-stamp.js';

const dist = join(ROOT, 'dist');
const started = performance.now();
mkdirSync(dist, { recursive: true });
// A file compiled from a source deleted since must not linger; the web bundle has its own stamp.
for (const entry of readdirSync(dist)) if (entry !== 'web') rmSync(join(dist, entry), { recursive: true });

// Hashed before compiling: a source edited during the build makes the stamp stale, never wrong.
const hash = serverSourceHash();
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) {
  console.error('Build thất bại: tsc báo lỗi (xem ở trên).');
  process.exit(1);
}
cpSync(join(ROOT, 'src/db/migrations'), join(dist, 'db/migrations'), { recursive: true });

const { buildWeb, webBuildIsCurrent } = await import('../dist/cli/web-build.js');
const webDir = join(dist, 'web');
if (!webBuildIsCurrent(webDir)) await buildWeb(webDir);
writeFileSync(STAMP, hash);
console.log(
  `Build xong trong ${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} giây: dist/`,
);
