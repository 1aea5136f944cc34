import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ChainAnchor, verifyAuditChain } from '../modules/audit/audit.service.ts';
import { loadConfig } from '../server/config.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

/**
 * The links of the chain show a changed or removed row in the middle, not rows cut off its end.
 * So every verify prints the head hash and the row count (to be kept elsewhere and given back with
 * --expect-head/--expect-count), and appends them to an anchor file outside the database, which the
 * next verify holds the chain against. See docs/decisions/0010-durability-and-backups.md.
 */
export const auditVerify: Command = {
  summary: 'Kiểm tra chuỗi băm của nhật ký thay đổi; in băm đầu chuỗi và số dòng, so với mốc đã ghi',
  usage:
    'hailong audit verify [--expect-count N] [--expect-head HASH] [--anchor-file FILE | --no-anchor-file]',
  async run(args) {
    const { values } = parseOptions(args, {
      'expect-count': { type: 'string' },
      'expect-head': { type: 'string' },
      'anchor-file': { type: 'string' },
      'no-anchor-file': { type: 'boolean' },
    });
    const anchors: ChainAnchor[] = [];
    const expectCount = values['expect-count'];
    const expectHead = values['expect-head']?.trim().toLowerCase();
    if (expectCount !== undefined && !/^\d+$/.test(expectCount))
      throw new UsageError(`--expect-count phải là số dòng (số nguyên ≥ 0), nhận "${expectCount}"`);
    if (expectHead !== undefined && !/^[0-9a-f]{64}$/.test(expectHead))
      throw new UsageError('--expect-head phải là băm SHA-256 (64 ký tự 0-9a-f) do lần kiểm tra trước in ra');
    if (expectCount !== undefined || expectHead !== undefined) {
      anchors.push({
        count: expectCount === undefined ? undefined : Number(expectCount),
        head: expectHead,
        source: 'giá trị --expect',
      });
    }
    const anchorFile = values['no-anchor-file']
      ? null
      : resolve(values['anchor-file'] ?? defaultAnchorFile());
    const last = anchorFile ? lastAnchor(anchorFile) : null;
    if (last)
      anchors.push({ count: last.count, head: last.head, source: `mốc lúc ${last.at} trong ${anchorFile}` });

    const result = await withDatabase('audit verify', ({ ctx }) => verifyAuditChain(ctx.db, anchors));
    const out = process.stdout;
    if (result.brokenId !== undefined) {
      out.write(
        `Nhật ký bị thay đổi: dòng id ${result.brokenId} — ${result.reason} (đã kiểm ${result.rows} dòng).\n`,
      );
    } else {
      out.write(`Chuỗi băm khớp: ${result.rows} dòng.\n`);
    }
    out.write(`Đầu chuỗi: ${result.headHash} (${result.rows} dòng, dòng cuối id ${result.headId ?? '—'})\n`);
    for (const a of result.anchors) {
      out.write(a.ok ? `Khớp với ${a.source}.\n` : `KHÔNG khớp với ${a.source}: ${a.reason}.\n`);
    }
    if (!result.ok) {
      out.write('Nhật ký không nguyên vẹn. Mốc mới không được ghi.\n');
      return 1;
    }
    out.write(
      `Nhật ký nguyên vẹn. Để so sánh lần sau: --expect-count ${result.rows} --expect-head ${result.headHash}\n`,
    );
    if (anchorFile) {
      mkdirSync(dirname(anchorFile), { recursive: true });
      appendFileSync(
        anchorFile,
        `${JSON.stringify({ at: new Date().toISOString(), count: result.rows, head: result.headHash, headId: result.headId })}\n`,
        { mode: 0o600 },
      );
      out.write(`Đã ghi mốc vào ${anchorFile}.\n`);
    }
    return 0;
  },
};

/**
 * One anchor file per database, outside it: beside the PGlite folder (`var/db.audit-anchors.jsonl`),
 * or, for PostgreSQL, in the folder that would hold it, named after the server and database.
 */
function defaultAnchorFile(): string {
  const config = loadConfig();
  if (!config.databaseUrl) return `${config.dataDir}.audit-anchors.jsonl`;
  const u = new URL(config.databaseUrl);
  const id = createHash('sha256').update(`${u.hostname}:${u.port}${u.pathname}`).digest('hex').slice(0, 12);
  return join(dirname(config.dataDir), `audit-anchors-${id}.jsonl`);
}

function lastAnchor(file: string): { at: string; count: number; head: string } | null {
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const a = JSON.parse(lines[i]!) as { at: string; count: number; head: string };
      if (typeof a.count === 'number' && typeof a.head === 'string') return a;
    } catch {
      // a line cut by a crash: the one before it still counts
    }
  }
  return null;
}
