import { describe, expect, it } from 'vitest';
import { agencyOf } from './agency.ts';

describe('the heading of a unit’s documents, from its name and its parent’s', () => {
  it('a ward committee under a city (seed 003): a People’s Committee prints no parent line', () => {
    expect(
      agencyOf({ name: 'UBND phường Phương Sài' }, { name: 'Thành phố Nha Trang', type: 'district' }),
    ).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI',
      place: 'Phương Sài',
      letterSymbol: 'UBND-VP',
      decisionSymbol: 'QĐ-UBND',
      signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
      selfName: 'UBND phường Phương Sài',
      area: 'phường Phương Sài',
      authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHƯƠNG SÀI',
    });
  });

  it('a department signed by its director in his own title (seed 004)', () => {
    expect(
      agencyOf(
        { name: 'Sở Y tế tỉnh Khánh Hòa', type: 'department' },
        { name: 'Tỉnh Khánh Hòa', type: 'province' },
      ),
    ).toMatchObject({
      parentAgency: 'UBND TỈNH KHÁNH HÒA',
      issuingAgency: 'SỞ Y TẾ',
      place: 'Khánh Hòa',
      decisionSymbol: 'QĐ-SYT',
      signature: { title: 'GIÁM ĐỐC' },
      authorityLine: 'GIÁM ĐỐC SỞ Y TẾ TỈNH KHÁNH HÒA',
    });
  });

  it('a city (seed 002: no "UBND TỈNH" line), a ward under today’s province, a health station, a commune named with its district', () => {
    expect(
      agencyOf({ name: 'Thành phố Nha Trang', type: 'district' }, { name: 'Tỉnh Khánh Hòa' }),
    ).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ NHA TRANG',
      place: 'Nha Trang',
    });
    expect(
      agencyOf(
        { name: 'UBND phường Tây Nha Trang', type: 'ward' },
        { name: 'Tỉnh Khánh Hòa', type: 'province' },
      ),
    ).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY NHA TRANG',
      place: 'Tây Nha Trang',
    });
    expect(agencyOf({ name: 'Trạm Y tế phường Vĩnh Hòa' }, { name: 'UBND phường Vĩnh Hòa' })).toMatchObject({
      parentAgency: 'UBND PHƯỜNG VĨNH HÒA',
      issuingAgency: 'TRẠM Y TẾ\nPHƯỜNG VĨNH HÒA',
      decisionSymbol: 'QĐ-TYT',
      signature: { title: 'TRƯỞNG TRẠM' },
    });
    expect(agencyOf({ name: 'UBND xã Một, huyện A' }, null)).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nXÃ MỘT',
      place: 'Một',
    });
  });
});
