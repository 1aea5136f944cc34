import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { importHeadingsCsv } from '../units/headings.service.ts';
import { importUnitsCsv } from '../units/units.service.ts';
import { receiveDossier } from './dossiers.service.ts';
import { flat } from './slips/testing.ts';
import { slipPdf } from './slips.service.ts';

/** A slip is headed by the unit's heading valid on the dossier's reception date, never today's. */
const t = await createTestApp();
const system = systemActor('test');

beforeAll(async () => {
  t.setNow(new Date('2026-03-02T09:00:00+07:00'));
  await importUnitsCsv(
    t.ctx,
    system,
    'code,name,type,parent_code,peer_group,valid_from\nKH,Tỉnh Khánh Hòa,province,,province,2008-01-01\nW,UBND phường Tây Nha Trang,ward,KH,commune,2008-01-01\n',
  );
  await importHeadingsCsv(
    t.ctx,
    system,
    [
      'unit_code,valid_from,valid_to,parent_agency,issuing_agency,place,short,desk_name,source',
      'W,2008-01-01,2025-06-30,UBND THÀNH PHỐ NHA TRANG,ỦY BAN NHÂN DÂN|PHƯỜNG PHƯƠNG SÀI,Phương Sài,UBND,Bộ phận Một cửa,thử',
      'W,2025-07-01,,,ỦY BAN NHÂN DÂN|PHƯỜNG TÂY NHA TRANG,Tây Nha Trang,UBND,Trung tâm Phục vụ hành chính công phường Tây Nha Trang,thử',
    ].join('\n'),
  );
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', unitCodes: ['W'] });
});

async function receiptText(receivedAt: string): Promise<string> {
  const d = await receiveDossier(t.ctx, system, {
    unitCode: 'W',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Trần Thị Bình' },
    contactConsent: false,
    documents: [],
    receivedAt: new Date(receivedAt),
  });
  return flat(await readPdf(new Uint8Array(await slipPdf(t.ctx, system, d.code, '01', 'https://x'))));
}

describe('slip headings by reception date', () => {
  it('a dossier received in May 2025 reprints the heading of that day, one of 2026 today’s', async () => {
    const before = await receiptText('2025-05-20T09:00:00+07:00');
    expect(before).toContain('PHƯỜNG PHƯƠNG SÀI');
    expect(before).toContain('UBND THÀNH PHỐ NHA TRANG');
    expect(before).toContain('Bộ phận Một cửa');
    const after = await receiptText('2026-03-02T09:00:00+07:00');
    expect(after).toContain('PHƯỜNG TÂY NHA TRANG');
    expect(after).not.toContain('THÀNH PHỐ NHA TRANG');
    expect(after).toContain('Tây Nha Trang, ngày');
    expect(after).toContain('Trung tâm Phục vụ hành chính công phường Tây Nha Trang');
  });
});
