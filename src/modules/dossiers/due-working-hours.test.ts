import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit } from '../../../test/factories.ts';
import { systemActor } from '../../access/actor.ts';
import { receiveDossier } from './dossiers.service.ts';

/** A procedure counted in working hours: the desk stores the due moment inside office hours. */
const t = await createTestApp();
const at = (local: string) => new Date(`${local}:00+07:00`);

beforeAll(async () => {
  t.setNow(at('2026-03-09T09:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'CT', name: 'Chứng thực bản sao', hours: 4, unitCodes: ['A'] });
});

const receive = (local: string) => {
  t.setNow(at(local));
  return receiveDossier(t.ctx, systemActor('test'), {
    unitCode: 'A',
    procedureCode: 'CT',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Nguyễn Văn An' },
    contactConsent: false,
    documents: [],
  });
};

describe('a dossier of a 4-working-hour procedure', () => {
  it('is due 4 office hours later, carried over closing time and the weekend', async () => {
    expect((await receive('2026-03-09T09:00')).dueAt).toEqual(at('2026-03-09T13:00')); // Monday
    // Friday 15:30: 1.5 h on Friday, 2.5 h from Monday 07:30.
    expect((await receive('2026-03-13T15:30')).dueAt).toEqual(at('2026-03-16T10:00'));
    // Received on Saturday: counted from Monday's opening.
    expect((await receive('2026-03-14T10:00')).dueAt).toEqual(at('2026-03-16T11:30'));
  });
});
