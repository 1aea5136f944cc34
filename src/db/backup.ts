import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { AppError } from '../lib/errors.ts';
import type { Database, Db } from './client.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate.ts';
import { queryRows } from './rows.ts';

/**
 * A backup is a logical snapshot: gzip-compressed JSON lines, one consistent read (REPEATABLE READ)
 * of every table in the `public` schema. Being logical, it restores into either engine (a PGlite
 * folder or PostgreSQL) and across PostgreSQL versions (PGlite is 18, Debian's server 15).
 *
 *   {"format":"hailong-backup","version":1,"createdAt",…,"migrations":N,"lastMigrationAt":ms,"tables":[…]}
 *   {"table":"units","count":2}
 *   {…row as row_to_json…}
 *   {…}
 *   {"end":true,"counts":{"units":2,…}}
 *
 * Tables come in foreign-key order (parents first), so a restore inserts them as they come.
 */
export const BACKUP_FORMAT = 'hailong-backup';
const BATCH = 1000;

export interface BackupTable {
  name: string;
  columns: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  engine: Database['engine'];
  migrations: number;
  lastMigrationAt: number;
  tables: BackupTable[];
}

export interface BackupSummary {
  file: string;
  bytes: number;
  counts: Record<string, number>;
  rows: number;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Tables of the public schema, parents before children (self-references ignored). */
async function tablesInOrder(db: Db): Promise<BackupTable[]> {
  const cols = await queryRows<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const fks = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select ch.relname as child, pa.relname as parent
        from pg_constraint k
        join pg_class ch on ch.oid = k.conrelid join pg_namespace n on n.oid = ch.relnamespace
        join pg_class pa on pa.oid = k.confrelid
        where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const columns = new Map<string, string[]>();
  for (const c of cols) columns.set(c.table, [...(columns.get(c.table) ?? []), c.column]);
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t) === 'done' || state.get(t) === 'visiting') return;
    state.set(t, 'visiting');
    for (const fk of fks) if (fk.child === t && columns.has(fk.parent)) visit(fk.parent);
    state.set(t, 'done');
    ordered.push(t);
  };
  for (const t of [...columns.keys()].sort()) visit(t);
  return ordered.map((name) => ({ name, columns: columns.get(name)! }));
}

async function migrationLevel(db: Db): Promise<{ migrations: number; lastMigrationAt: number }> {
  const [row] = await queryRows<{ n: number; last: string | null }>(
    db,
    sql`select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations`,
  );
  return { migrations: Number(row?.n ?? 0), lastMigrationAt: Number(row?.last ?? 0) };
}

/** Write every page of `lines` into `out`, waiting when the stream asks for a pause. */
async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

/**
 * Write a consistent snapshot of the whole database to `file`, atomically: into a temporary file
 * beside it, flushed to disk, then renamed, so `file` is either the previous one or complete.
 */
export async function writeBackup(
  database: Pick<Database, 'db' | 'engine'>,
  file: string,
): Promise<BackupSummary> {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const gzip = createGzip();
  const sink = createWriteStream(tmp, { mode: 0o600 });
  gzip.pipe(sink);
  const counts: Record<string, number> = {};
  try {
    await database.db.transaction(
      async (tx) => {
        await tx.execute(sql`set local timezone = 'UTC'`);
        const tables = await tablesInOrder(tx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: 1,
          createdAt: new Date().toISOString(),
          engine: database.engine,
          ...(await migrationLevel(tx)),
          tables,
        };
        await writeLine(gzip, JSON.stringify(header));
        for (const t of tables) {
          const [c] = await queryRows<{ n: number }>(
            tx,
            sql.raw(`select count(*)::int as n from ${ident(t.name)}`),
          );
          const count = Number(c?.n ?? 0);
          counts[t.name] = count;
          await writeLine(gzip, JSON.stringify({ table: t.name, count }));
          if (count === 0) continue;
          const list = t.columns.map(ident).join(', ');
          await tx.execute(
            sql.raw(
              `declare hailong_backup no scroll cursor for select row_to_json(t)::text as j from (select ${list} from ${ident(t.name)}) t`,
            ),
          );
          for (;;) {
            const rows = await queryRows<{ j: string }>(tx, sql.raw(`fetch ${BATCH} from hailong_backup`));
            for (const r of rows) await writeLine(gzip, r.j);
            if (rows.length < BATCH) break;
          }
          await tx.execute(sql`close hailong_backup`);
        }
        await writeLine(gzip, JSON.stringify({ end: true, counts }));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await finished(sink);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    syncDirectory(dirname(file));
  } catch (error) {
    gzip.destroy();
    sink.destroy();
    rmSync(tmp, { force: true });
    throw error;
  }
  const bytes = readFileSync(file).byteLength;
  return { file, bytes, counts, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Make a rename durable: fsync the directory that holds the new name (not possible everywhere). */
export function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows and some file systems cannot open a directory: the rename is still atomic.
  }
}

function invalid(file: string, reason: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('BACKUP_INVALID', `Tệp sao lưu ${file} không dùng được: ${reason}`, {
    file,
    ...extra,
  });
}

type Item = { kind: 'table'; table: string; count: number } | { kind: 'row'; row: unknown };

/** Read a backup line by line; `onItem` sees every table marker and row. Checks the whole shape. */
async function readBackup(
  file: string,
  onItem?: (item: Item) => Promise<void>,
): Promise<{ header: BackupHeader; counts: Record<string, number> }> {
  // Open first, so a missing or unreadable file is an ordinary error (ENOENT, EACCES) for the caller.
  const raw = createReadStream(file, { fd: openSync(file, 'r') });
  const input = createGunzip();
  raw.on('error', (error) => input.destroy(error));
  raw.pipe(input);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let header: BackupHeader | undefined;
  let current: { table: string; count: number; seen: number } | undefined;
  const counts: Record<string, number> = {};
  let ended = false;
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (ended) throw invalid(file, `có dữ liệu sau dòng kết thúc (dòng ${lineNo}).`);
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(line);
      } catch {
        throw invalid(file, `dòng ${lineNo} không phải JSON.`, { line: lineNo });
      }
      if (!header) {
        if (value.format !== BACKUP_FORMAT || value.version !== 1)
          throw invalid(file, 'không phải tệp sao lưu của Hài Lòng (định dạng phiên bản 1).');
        header = value as unknown as BackupHeader;
        continue;
      }
      if (current && current.seen < current.count) {
        current.seen++;
        await onItem?.({ kind: 'row', row: value });
        continue;
      }
      if (typeof value.table === 'string' && typeof value.count === 'number') {
        if (!header.tables.some((t) => t.name === value.table))
          throw invalid(file, `bảng "${value.table}" không có trong phần đầu tệp.`);
        current = { table: value.table, count: value.count, seen: 0 };
        counts[value.table] = value.count;
        await onItem?.({ kind: 'table', table: value.table, count: value.count });
        continue;
      }
      if (value.end === true) {
        const declared = value.counts as Record<string, number>;
        for (const t of header.tables) {
          if (counts[t.name] !== declared?.[t.name])
            throw invalid(file, `số dòng của bảng "${t.name}" không khớp phần kết thúc.`);
        }
        ended = true;
        continue;
      }
      throw invalid(file, `dòng ${lineNo} không đúng cấu trúc.`, { line: lineNo });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'Z_STREAM_ERROR')
      throw invalid(file, 'tệp nén bị hỏng hoặc bị cắt cụt.');
    throw error;
  }
  if (!header) throw invalid(file, 'tệp rỗng.');
  if (!ended) throw invalid(file, 'tệp bị cắt cụt (thiếu dòng kết thúc).');
  return { header, counts };
}

/** Read the whole file and check it before anything is written anywhere. */
export async function checkBackup(file: string) {
  return readBackup(file);
}

/** True when the database holds no table of ours and no migration record. */
export async function isEmptyDatabase(database: Pick<Database, 'db'>): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where (n.nspname = 'public' and c.relkind in ('r', 'p'))
           or (n.nspname = 'drizzle' and c.relname = '__drizzle_migrations')`,
  );
  return Number(row?.n ?? 0) === 0;
}

/** A copy of the migrations folder that stops at the first `count` migrations. */
function migrationsUpTo(count: number, lastAt: number): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  const available = journal.entries.length;
  if (count > available || (count > 0 && journal.entries[count - 1]!.when !== lastAt)) {
    throw new AppError(
      'BACKUP_VERSION',
      `Bản sao lưu được tạo bởi phiên bản Hài Lòng có cấu trúc dữ liệu khác (${count} bản cập nhật cấu trúc, phiên bản này có ${available}). Hãy khôi phục bằng phiên bản đã tạo bản sao lưu, hoặc phiên bản mới hơn.`,
      { backupMigrations: count, availableMigrations: available },
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'hailong-restore-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, count);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries)
    writeFileSync(join(dir, `${e.tag}.sql`), readFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`)));
  return dir;
}

/**
 * Restore a backup into an empty database (the caller checked it is empty): bring the schema to
 * the backup's version, load every row in one transaction, move each identity sequence past the
 * restored ids, then apply the newer migrations this version has. Nothing is written unless the
 * whole file has been read and checked first.
 */
export async function restoreBackup(
  database: Database,
  file: string,
  targetLabel: string,
): Promise<BackupSummary> {
  const { header } = await readBackup(file);
  if (!(await isEmptyDatabase(database))) throw targetNotEmpty(targetLabel);
  const partial = migrationsUpTo(header.migrations, header.lastMigrationAt);
  try {
    await migrateDatabase(database, partial);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  const columnsOf = new Map(header.tables.map((t) => [t.name, t.columns]));
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const selfRef = new Set(
      (
        await queryRows<{ t: string }>(
          tx,
          sql`select distinct c.relname as t from pg_constraint k join pg_class c on c.oid = k.conrelid
              where k.contype = 'f' and k.conrelid = k.confrelid`,
        )
      ).map((r) => r.t),
    );
    let table = '';
    let batch: unknown[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const list = columnsOf.get(table)!.map(ident).join(', ');
      await tx.execute(
        sql`${sql.raw(`insert into ${ident(table)} (${list}) overriding system value select ${list} from json_populate_recordset(null::${ident(table)}, `)}${JSON.stringify(batch)}::json)`,
      );
      batch = [];
    };
    await readBackup(file, async (item) => {
      if (item.kind === 'table') {
        await flush();
        table = item.table;
        // Rows a migration seeded (default unit types) are replaced by the backed-up ones.
        if (item.count > 0) await tx.execute(sql.raw(`delete from ${ident(table)}`));
        return;
      }
      batch.push(item.row);
      // A self-referencing table goes in one statement: the foreign key is checked at its end.
      if (batch.length >= BATCH && !selfRef.has(table)) await flush();
    });
    await flush();
    const sequences = await queryRows<{ t: string; c: string; s: string }>(
      tx,
      sql`select table_name as t, column_name as c,
                 pg_get_serial_sequence(quote_ident(table_name), column_name) as s
          from information_schema.columns
          where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')`,
    );
    for (const q of sequences) {
      if (!q.s) continue;
      await tx.execute(
        sql.raw(
          `select setval('${q.s.replaceAll("'", "''")}', coalesce((select max(${ident(q.c)}) from ${ident(q.t)}), 0) + 1, false)`,
        ),
      );
    }
  });
  await migrateDatabase(database);
  const counts: Record<string, number> = {};
  for (const t of header.tables) {
    const [c] = await queryRows<{ n: number }>(
      database.db,
      sql.raw(`select count(*)::int as n from ${ident(t.name)}`),
    );
    counts[t.name] = Number(c?.n ?? 0);
  }
  return {
    file,
    bytes: readFileSync(file).byteLength,
    counts,
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
  };
}

export function targetNotEmpty(target: string): AppError {
  return new AppError(
    'RESTORE_TARGET_NOT_EMPTY',
    `Nơi khôi phục (${target}) đã có dữ liệu. Khôi phục chỉ ghi vào một cơ sở dữ liệu trống, để không trộn hay ghi đè dữ liệu đang có: hãy chọn một thư mục HAILONG_DATA mới (trống) hoặc một cơ sở dữ liệu PostgreSQL mới.`,
    { target },
  );
}
