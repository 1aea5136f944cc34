import { describe, expect, it } from 'vitest';
import { mapBasisOf, readMap } from './map-basis.ts';

describe('the basis of a unit of today’s Khánh Hòa, from data/units/khanh-hoa-2025.csv', () => {
  it('names the resolution’s clause and says when it is not verified', () => {
    const tay = mapBasisOf({ code: 'KH25-TNT', name: 'UBND phường Tây Nha Trang' });
    expect(tay?.status).toBe('unverified');
    expect(tay?.source).toMatch(/^NQ 1667\/NQ-UBTVQH15 ngày 16\/6\/2025, Điều 1 khoản 51 /);
    expect(tay?.source).toContain('chưa kiểm chứng');
    const truongSa = mapBasisOf({ code: 'KH25-TSA', name: 'UBND đặc khu Trường Sa' });
    expect(truongSa?.status).toBe('verified');
    expect(truongSa?.source).toContain('dantri.com.vn');
  });

  it('says nothing of a unit the map does not have, or one that took a map code under another name', () => {
    expect(mapBasisOf({ code: 'P09', name: 'UBND phường Phương Sài' })).toBeNull();
    expect(mapBasisOf({ code: 'KH25-TNT', name: 'Trạm Y tế phường Tây Nha Trang' })).toBeNull();
  });

  it('counts a line without a status as unverified', () => {
    const map = readMap('code,name,source\nX,UBND xã X,ở đâu đó\n');
    expect(map.get('X')).toEqual({ name: 'UBND xã X', status: 'unverified', source: 'ở đâu đó' });
  });
});
