import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUser } from '../../../test/factories.ts';
import { systemActor } from '../../access/actor.ts';
import type { UnitHeadings } from './headings.schema.ts';
import { headingOn, importHeadingsCsv } from './headings.service.ts';
import { findByCode } from './units.repo.ts';
import { importUnitsCsv } from './units.service.ts';

const t = await createTestApp();
const system = systemActor('test');
let officer: Session;
let outsider: Session;

const HEADER = 'unit_code,valid_from,valid_to,parent_agency,issuing_agency,place,short,desk_name,source';
const OLD =
  'P09,2008-01-01,2025-06-30,,ỦY BAN NHÂN DÂN|PHƯỜNG PHƯƠNG SÀI,Phương Sài,UBND,Bộ phận Một cửa,seed 003';
const NEW =
  'TNT,2025-07-01,,,ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,Trung tâm Phục vụ hành chính công phường Tây Nha Trang,NĐ 118/2025/NĐ-CP khoản 3 Điều 10';

beforeAll(async () => {
  t.setNow(new Date('2026-12-01T09:00:00+07:00'));
  await importUnitsCsv(
    t.ctx,
    system,
    [
      'code,name,type,parent_code,peer_group,valid_from,valid_to,successor_codes',
      'KH25,Tỉnh Khánh Hòa,province,,province,2025-07-01,,',
      'KH,Tỉnh Khánh Hòa,province,KH25,province,2008-01-01,2025-06-30,KH25',
      'NT,Thành phố Nha Trang,district,KH,district,2008-01-01,2025-06-30,',
      'TNT,UBND phường Tây Nha Trang,ward,KH25,commune,2025-07-01,,',
      'P09,UBND phường Phương Sài,ward,NT,commune,2008-01-01,2025-06-30,TNT',
      'BNT,UBND phường Bắc Nha Trang,ward,KH25,commune,2025-07-01,,',
    ].join('\n'),
  );
  await buildUser(t.ctx, { unitCode: 'TNT', username: 'officer.tnt', role: 'officer' });
  await buildUser(t.ctx, { unitCode: 'BNT', username: 'admin.bnt' });
  officer = await login(t.app, 'officer.tnt', 'Mat-khau-thu-2025');
  outsider = await login(t.app, 'admin.bnt', 'Mat-khau-thu-2025');
});

describe('unit headings over time', () => {
  it('a file with one bad line writes nothing and names the line', async () => {
    const bad = [HEADER, OLD, NEW, 'TNT,2026-01-01,,,X,Y,UBND,,z'].join('\n');
    const error = await importHeadingsCsv(t.ctx, system, bad).catch((e) => e);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.lines).toEqual([expect.objectContaining({ line: 4, code: 'PERIOD_OVERLAP' })]);
    const p09 = (await findByCode(t.ctx.db, 'P09'))!;
    expect((await headingOn(t.ctx.db, p09.id, '2024-05-01')).fallback).toBe(true);
  });

  it('gives each document the heading valid on its date; a date without a row gets the marked guess', async () => {
    expect(await importHeadingsCsv(t.ctx, system, [HEADER, OLD, NEW].join('\n'))).toEqual({
      imported: 2,
      units: 2,
    });
    const p09 = (await findByCode(t.ctx.db, 'P09'))!;
    const tnt = (await findByCode(t.ctx.db, 'TNT'))!;
    expect(await headingOn(t.ctx.db, p09.id, '2025-06-30')).toMatchObject({
      issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI',
      deskName: 'Bộ phận Một cửa',
      fallback: false,
    });
    expect(await headingOn(t.ctx.db, tnt.id, '2026-03-02')).toMatchObject({
      parentAgency: '',
      deskName: 'Trung tâm Phục vụ hành chính công phường Tây Nha Trang',
      source: 'NĐ 118/2025/NĐ-CP khoản 3 Điều 10',
      fallback: false,
    });
    const bnt = (await findByCode(t.ctx.db, 'BNT'))!;
    expect(await headingOn(t.ctx.db, bnt.id, '2026-03-02')).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC NHA TRANG',
      source: 'mặc định, đoán từ tên đơn vị',
      fallback: true,
    });
  });

  it('a second file replaces a unit’s whole history, leaving other units alone', async () => {
    const renamed = NEW.replace('NĐ 118/2025/NĐ-CP khoản 3 Điều 10', 'Quyết định thành lập Trung tâm');
    await importHeadingsCsv(t.ctx, system, [HEADER, renamed].join('\n'));
    const tnt = (await findByCode(t.ctx.db, 'TNT'))!;
    expect((await headingOn(t.ctx.db, tnt.id, '2026-03-02')).source).toBe('Quyết định thành lập Trung tâm');
    const p09 = (await findByCode(t.ctx.db, 'P09'))!;
    expect((await headingOn(t.ctx.db, p09.id, '2025-01-01')).fallback).toBe(false);
  });

  it('GET /units/{code}/headings lists them for the unit’s own users and refuses another unit', async () => {
    const res = await call(t.app, officer, 'GET', '/api/v1/units/TNT/headings?date=2026-03-02');
    expect(res.status).toBe(200);
    const body = (await res.json()) as UnitHeadings;
    expect(body.current.fallback).toBe(false);
    expect(body.headings).toHaveLength(1);
    expect((await call(t.app, outsider, 'GET', '/api/v1/units/TNT/headings')).status).toBe(403);
  });
});
