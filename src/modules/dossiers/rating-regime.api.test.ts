import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { systemActor } from '../../access/actor.ts';
import { importQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { ratingToken } from './rating.service.ts';

/**
 * The rating form of a dossier follows the regime it was received under (issue #11): NĐ 61's nine
 * indicators until 30/6/2025 23:59 Vietnam time, the adapted NĐ 118 form from 1/7/2025 00:00 — and
 * keeps it when rated long after, in December 2026.
 */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let officer: Session;

type RatingForm = {
  regime: { code: string; decree: string; circular: string };
  evaluation: { status: string; verified: boolean; legalBasis: string | null; note: string | null };
  questionnaire: { code: string; title: string; document: string | null; criteria: { code: string }[] };
  fromDossier: Record<string, number | null>;
};

async function receive(receivedAt: string): Promise<{ code: string; ruleSet: string }> {
  const res = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Trần Thị Bình', phone: '0905123456' },
    contactConsent: true,
    documents: [{ name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 }],
    receivedAt,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; ruleSet: string };
}

const formOf = async (code: string) => {
  const res = await call(
    t.app,
    null,
    'GET',
    `/api/v1/public/dossiers/${code}/rating?t=${ratingToken(t.ctx.secret, code)}`,
  );
  expect(res.status).toBe(200);
  return (await res.json()) as RatingForm;
};
const rate = (code: string, answers: Record<string, number>) =>
  call(t.app, null, 'POST', `/api/v1/public/dossiers/${code}/rating?t=${ratingToken(t.ctx.secret, code)}`, {
    answers,
  });

beforeAll(async () => {
  t.setNow(at('2026-12-01T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A'] });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  for (const file of ['ND61-QUAY.json', 'ND118-QUAY.json'])
    await importQuestionnaire(
      t.ctx,
      systemActor('test'),
      readFileSync(`data/questionnaires/${file}`, 'utf8'),
    );
  officer = await login(t.app, 'officer.a', PASSWORD);
});

describe('GET/POST /public/dossiers/{code}/rating by regime', () => {
  it('rates a dossier received on 30/6/2025 23:59 on the NĐ 61 form, one received on 1/7/2025 00:00 on the NĐ 118 form', async () => {
    const before = await receive('2025-06-30T23:59:00+07:00');
    const after = await receive('2025-07-01T00:00:00+07:00');
    expect([before.ruleSet, after.ruleSet]).toEqual(['ND61-2018', 'ND118-2025']);

    const old = await formOf(before.code);
    expect(old.regime).toEqual({ code: 'ND61-2018', decree: '61/2018/NĐ-CP', circular: '01/2018/TT-VPCP' });
    expect(old.questionnaire.code).toBe('ND61-QUAY');
    expect(old.questionnaire.criteria.map((c) => c.code)).toEqual(['CS5', 'CS6', 'CS7', 'CS8', 'CS9']);
    expect(Object.keys(old.fromDossier).sort()).toEqual([
      'AGENCIES',
      'CONTACTS',
      'TIME_AGENCIES',
      'TIME_TOTAL',
    ]);

    const today = await formOf(after.code);
    expect(today.regime).toEqual({
      code: 'ND118-2025',
      decree: '118/2025/NĐ-CP',
      circular: '03/2025/TT-VPCP',
    });
    expect(today.questionnaire.code).toBe('ND118-QUAY');
    expect(today.questionnaire.criteria.map((c) => c.code)).toEqual(['HL1', 'HL3']);
    expect(Object.keys(today.fromDossier).sort()).toEqual(['CONTACTS', 'TIME_TOTAL']);
    // No article on rating a dossier was found in NĐ 118 or TT 03: the page must say so.
    expect(today.evaluation).toMatchObject({ status: 'adapted', verified: false });
    expect(today.questionnaire.document).toContain('766/QĐ-TTg');
  });

  it("takes each form's own questions only: an NĐ 61 indicator is no answer for an NĐ 118 dossier, and back", async () => {
    const before = await receive('2025-06-30T16:00:00+07:00');
    const after = await receive('2025-07-01T08:00:00+07:00');
    const wrongForNew = await rate(after.code, { ATTITUDE: 2 });
    expect(wrongForNew.status).toBe(400);
    expect(JSON.stringify(await wrongForNew.json())).toContain('answers.ATTITUDE');
    expect((await rate(before.code, { SAT_STAFF: 5 })).status).toBe(400);
    expect((await rate(after.code, { SAT_STAFF: 5, SAT_OVERALL: 4, COMPLAINT: 2 })).status).toBe(201);
    expect((await rate(before.code, { ATTITUDE: 2, PUBLICITY: 1 })).status).toBe(201);
  });
});
