import { afterEach, beforeEach, vi } from 'vitest';

/**
 * What an in-process CLI command writes: stdout and stderr are captured afresh before each test
 * and restored after it. Call once at the top of a test file; read `output.stdout` / `output.stderr`.
 */
export function captureOutput(): { stdout: string; stderr: string } {
  const output = { stdout: '', stderr: '' };
  beforeEach(() => {
    output.stdout = '';
    output.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return output;
}
