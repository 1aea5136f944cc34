import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildUnit } from '../../../test/factories.ts';
import { systemActor } from '../accounts/actor.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';

const t = await createTestApp();

describe('audit chain', () => {
  it('stays one unbroken chain when many writers append at once', async () => {
    await buildUnit(t.ctx, { code: 'ROOT', type: 'province' });
    // On PostgreSQL these run on separate connections; the advisory lock serialises the appends.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => buildUnit(t.ctx, { code: `C${i}`, parentCode: 'ROOT' })),
    );
    const check = await verifyAuditChain(t.ctx.db);
    expect(check).toEqual({ ok: true, rows: 25 });
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
});
