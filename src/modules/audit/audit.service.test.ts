import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildUnit } from '../../../test/factories.ts';
import { systemActor } from '../../access/actor.ts';
import { auditAnchor, recordAudit, verifyAuditChain } from './audit.service.ts';

const t = await createTestApp();

describe('audit chain', () => {
  it('stays one unbroken chain when many writers append at once', async () => {
    await buildUnit(t.ctx, { code: 'ROOT', type: 'province' });
    // On PostgreSQL these run on separate connections; the advisory lock serialises the appends.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => buildUnit(t.ctx, { code: `C${i}`, parentCode: 'ROOT' })),
    );
    const check = await verifyAuditChain(t.ctx.db);
    expect(check).toMatchObject({ ok: true, rows: 25 });
  });

  it('writes nothing when the change it records is rolled back', async () => {
    const before = await verifyAuditChain(t.ctx.db);
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await recordAudit(tx, systemActor('test'), { action: 'probe', entityType: 'probe', entityId: '1' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAuditChain(t.ctx.db)).toEqual(before);
  });

  it('notices rows cut off the end of the chain when held against an earlier head and count', async () => {
    const earlier = await verifyAuditChain(t.ctx.db);
    expect(earlier.ok).toBe(true);
    // Someone with the database owner's rights removes the newest rows, trigger and all.
    await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.ctx.db.execute(sql`delete from audit_log where id > (select max(id) - 3 from audit_log)`);
    await t.ctx.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);

    // The links alone still match: what remains is a valid, shorter chain.
    const alone = await verifyAuditChain(t.ctx.db);
    expect(alone).toMatchObject({ ok: true, rows: earlier.rows - 3 });
    expect(alone.headHash).not.toBe(earlier.headHash);

    const held = await verifyAuditChain(t.ctx.db, [
      { count: earlier.rows, head: earlier.headHash, source: 'mốc' },
    ]);
    expect(held.ok).toBe(false);
    expect(held.anchors[0]!.reason).toContain(`còn ${earlier.rows - 3} dòng`);
    const byHead = await verifyAuditChain(t.ctx.db, [{ head: earlier.headHash, source: 'mốc' }]);
    expect(byHead.ok).toBe(false);
    expect(byHead.anchors[0]!.reason).toContain('không còn trong nhật ký');
    // The server logs the same head and count at start, without walking the chain.
    expect(await auditAnchor(t.ctx.db)).toEqual({
      rows: alone.rows,
      head: alone.headHash,
      headId: alone.headId,
    });
    // An older record that the chain still contains keeps matching after it grew or stayed.
    const older = await verifyAuditChain(t.ctx.db, [{ count: alone.rows, head: alone.headHash }]);
    expect(older.ok).toBe(true);
  });
});
