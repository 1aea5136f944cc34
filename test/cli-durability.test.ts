import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { hailongIn } from './cli-run.ts';

/**
 * What an operator meets at the command line when the machine says no (a missing file, a read-only
 * folder), and the audit anchor that notices rows cut off the end of the chain.
 */
const root = mkdtempSync(join(tmpdir(), 'hailong-cli-d-'));
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
  rmSync(root, { recursive: true, force: true });
});

/** One line, in Vietnamese, and no stack trace. */
function expectOneLine(stderr: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** A folder this process cannot write: read-only bind of a tmpfs as root, chmod otherwise. */
function readOnlyFolder(): string | null {
  const dir = join(root, 'readonly');
  mkdirSync(dir);
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return dir;
  }
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]);
  if (r.status !== 0) return null;
  mounts.push(dir);
  return dir;
}

describe('the CLI when the machine says no', { timeout: 180_000 }, () => {
  it('names a missing import file in one line and exits 1', async () => {
    const r2 = await hailongIn(join(root, 'db-missing'), 'units', 'import', join(root, 'khong-co.csv'));
    expect(r2.status).toBe(1);
    expectOneLine(r2.stderr);
    expect(r2.stderr).toContain('khong-co.csv: không tìm thấy tệp hoặc thư mục [ENOENT]');
  });

  it('names a read-only data folder in one line and exits 1, for any command', async (ctx) => {
    const dir = readOnlyFolder();
    if (!dir) return ctx.skip();
    for (const args of [['migrate'], ['audit', 'verify', '--no-anchor-file']]) {
      const r = await hailongIn(join(dir, 'db'), ...args);
      expect(r.status).toBe(1);
      expectOneLine(r.stderr);
      expect(r.stderr).toMatch(/\[(EROFS|EACCES)\]/);
    }
  });
});

describe('audit verify anchors the chain', { timeout: 240_000 }, () => {
  it('notices the newest rows deleted, against the anchor file and the printed values', async () => {
    const data = join(root, 'db');
    const anchors = `${data}.audit-anchors.jsonl`;
    // A few audited changes: two units.
    const csv = join(root, 'units.csv');
    writeFileSync(csv, 'code,name,type,parent_code\nT,Tỉnh Thử,province,\nA,Xã An,ward,T\n');
    const imported = await hailongIn(data, 'units', 'import', csv);
    expect(imported.status, imported.stderr).toBe(0);

    const first = await hailongIn(data, 'audit', 'verify');
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const head = first.stdout.match(/Đầu chuỗi: ([0-9a-f]{64}) \((\d+) dòng/);
    expect(head).not.toBeNull();
    const [, hash, count] = head!;
    expect(Number(count)).toBeGreaterThanOrEqual(1);
    expect(existsSync(anchors)).toBe(true);
    expect(readFileSync(anchors, 'utf8')).toContain(hash!);

    // Cut the newest row off, as someone with the database's rights could.
    const database = await openDatabase({ kind: 'pglite', dataDir: data, command: 'test' });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await database.db.execute(sql`delete from audit_log where id = (select max(id) from audit_log)`);
    await database.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    await database.close();

    // Without any record the shorter chain still links up...
    const blind = await hailongIn(data, 'audit', 'verify', '--no-anchor-file');
    expect(blind.status, blind.stdout + blind.stderr).toBe(0);
    // ...but the anchor file written by the first verify notices it,
    const second = await hailongIn(data, 'audit', 'verify');
    expect(second.status).toBe(1);
    expect(second.stdout).toContain(`còn ${Number(count) - 1} dòng`);
    expect(second.stdout).toContain('KHÔNG khớp');
    // and so do the values printed the first time.
    const given = await hailongIn(
      data,
      'audit',
      'verify',
      '--no-anchor-file',
      '--expect-count',
      count!,
      '--expect-head',
      hash!,
    );
    expect(given.status).toBe(1);
    expect(given.stdout).toContain('KHÔNG khớp với giá trị --expect');
  });
});
