import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { hailongIn } from './cli-run.ts';

/**
 * The `hailong` command on an embedded data folder: in-process (hailongIn) where only the command's
 * behaviour matters, as a child process where the process is the point (the folder lock, a killed
 * server, serving). These run on PGlite even in the PostgreSQL lane, for the folder lock.
 */
const folders: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hailong-cli-'));
  folders.push(dir);
  return dir;
}

function env(dataDir: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, HAILONG_DATA: dataDir, LOG_LEVEL: 'warn' };
}

function hailong(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/hailong.js', ...args], {
    env: env(dataDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/hailong.js', 'serve', '--port', '0'], { env: env(dataDir) });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/[\d.]+:\d+/);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  return { child, url };
}

// Each case starts one or more node processes that open PGlite (seconds each on a busy 2-core machine).
describe('hailong CLI on an embedded database', { timeout: 120_000 }, () => {
  const data = tempFolder();

  it('creates and migrates an empty folder on first use', async () => {
    const r = await hailongIn(data, 'migrate');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cơ sở dữ liệu đã ở phiên bản mới nhất \(\d+ bản cập nhật cấu trúc\)\.\n$/);
    expect((await hailongIn(data, 'migrate')).status).toBe(0);
  });

  it('imports nothing from a bad units file, names its lines on stderr and exits 1; then imports a good one', async () => {
    const bad = join(data, '..', 'bad-units.csv');
    writeFileSync(
      bad,
      '\uFEFFcode,name,type,parent_code\r\nKH,Tỉnh Khánh Hòa,province,\r\nP1,Phường Một,ward,NOPE\r\nP2,,ward,KH\r\n',
    );
    const r = await hailongIn(data, 'units', 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('Dòng'))).toEqual([
      'Dòng 3: đơn vị cấp trên "NOPE" không có trong tệp hay trong hệ thống [PARENT_UNKNOWN]',
      'Dòng 4: thiếu tên đơn vị (cột name) [NAME_EMPTY]',
    ]);
    const good = join(data, '..', 'good-units.csv');
    writeFileSync(good, 'code,name,type,parent_code\nP1,Phường Một,ward,KH\nKH,Tỉnh Khánh Hòa,province,\n');
    const ok = await hailongIn(data, 'units', 'import', good);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('Đã nhập 2 đơn vị.\n');
    // KH was in the rejected file too: had anything been written, this import would have failed.
  });

  it('creates a user, and rejects bad options with usage status 2', async () => {
    const created = await hailongIn(
      data,
      'users',
      'create',
      '--username',
      'can.bo',
      '--password',
      'Mat-khau-2025',
      '--role',
      'officer',
      '--unit',
      'P1',
    );
    expect(created.stdout).toBe('Đã tạo người dùng can.bo (officer) tại đơn vị P1.\n');
    const unknownUnit = await hailongIn(
      data,
      'users',
      'create',
      '--username',
      'x.y',
      '--password',
      'Mat-khau-2025',
      '--role',
      'officer',
      '--unit',
      'ZZ',
    );
    expect(unknownUnit.status).toBe(1);
    expect(unknownUnit.stderr).toContain('Không tìm thấy đơn vị có mã "ZZ". [UNIT_NOT_FOUND]');
    const usage = await hailongIn(data, 'users', 'create', '--username', 'x.y', '--bogus', '1');
    expect(usage.status).toBe(2);
    expect((await hailongIn(data, 'no-such-command')).status).toBe(2);
  });

  it('loads the demo once: a second run changes nothing', async () => {
    const first = await hailongIn(data, 'demo');
    expect(first.status).toBe(1); // KH already exists here, imported above: the demo refuses to mix
    expect(first.stderr).toContain('trùng mã với dữ liệu mẫu');
    const fresh = tempFolder();
    expect((await hailongIn(fresh, 'demo')).stdout).toContain('Đã nạp dữ liệu mẫu.');
    const again = await hailongIn(fresh, 'demo');
    expect(again.stdout).toContain('Dữ liệu mẫu đã có sẵn; không thay đổi gì.');
    expect(again.stdout).toContain('demo.admin');
  }, 180_000); // three commands, one of them loading a year of surveys

  it('verifies the audit chain, and names the first row changed behind its back', async () => {
    const ok = await hailongIn(data, 'audit', 'verify');
    expect(ok.stdout).toMatch(/^Chuỗi băm khớp: \d+ dòng\.\nĐầu chuỗi: [0-9a-f]{64} \(\d+ dòng/);
    expect(ok.stdout).toContain('Nhật ký nguyên vẹn.');
    const database = await openDatabase({ kind: 'pglite', dataDir: data, command: 'test' });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await database.db.execute(sql`update audit_log set data = '{"count": 99}' where id = 2`);
    await database.close();
    const r = await hailongIn(data, 'audit', 'verify');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('dòng id 2 — nội dung dòng đã bị thay đổi');
  });

  it('refuses to touch a folder held by a running server, and clears the lock a killed server left', async () => {
    const { child, url } = await startServer(data);
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    const blocked = hailong(data, 'migrate');
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/đang được tiến trình \d+ \(hailong serve\) sử dụng/);
    child.kill('SIGKILL'); // no clean shutdown: the lock file stays behind
    await new Promise((resolve) => child.once('exit', resolve));
    const after = hailong(data, 'migrate');
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  it('serves /api/health, /api/openapi.json and a Vietnamese page on an empty folder', async () => {
    const { child, url } = await startServer(tempFolder());
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const doc = await (await fetch(`${url}/api/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(await (await fetch(`${url}/`)).text()).toContain('<html lang="vi"');
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
  });
});
