import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * `npm start` builds the web app only when its sources changed since the last build: the build
 * folder keeps a hash of every file the bundle is made from.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const INPUTS = ['src/web', 'src/modules', 'src/lib', 'vite.config.ts', 'package-lock.json'];
const STAMP = '.source-hash';

export function webSourceHash(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
      return;
    }
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path));
  };
  for (const input of INPUTS) visit(join(ROOT, input));
  return hash.digest('hex');
}

export function webBuildIsCurrent(webDir: string): boolean {
  const stamp = join(webDir, STAMP);
  // An installed package ships the bundle without the web sources: nothing to rebuild from.
  if (!existsSync(join(ROOT, 'src/web'))) return existsSync(join(webDir, 'index.html'));
  return (
    existsSync(join(webDir, 'index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === webSourceHash()
  );
}

/** Build with Vite (a dev dependency): present after `npm ci`, absent in a production-only install. */
export async function buildWeb(webDir: string): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'Không tìm thấy Vite để build giao diện web. Chạy "npm ci" (cài cả gói phát triển) rồi "npm run build".',
    );
  }
  await vite.build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
  writeFileSync(join(webDir, STAMP), webSourceHash());
}
