#!/usr/bin/env node
// The `hailong` command. It runs the compiled JavaScript in dist/ (`npm run build`) when that is
// there and was built from the sources beside it (always, in an installed package without src/).
// A checkout without a current build runs the TypeScript sources: through tsx (a dev dependency),
// or through Node's own type stripping where tsx is not installed and Node can strip types.
import { whatToRun } from './build-stamp.js';

if (whatToRun() === 'built') {
  await import('../dist/cli/main.js');
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    if (!process.features.typescript) {
      process.stderr.write(
        'Không có bản build (dist/) mới nhất và không chạy được mã nguồn TypeScript: chạy "npm ci" rồi "npm run build".\n',
      );
      process.exit(1);
    }
  }
  tsx?.register();
  await import('../src/cli/main.ts');
}
