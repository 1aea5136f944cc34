import { describe, expect, it } from 'vitest';
import { signatureTitleLines } from './signature.ts';

describe('signatureTitleLines (NĐ 30 ô số 7)', () => {
  it('the chair signs for the committee (seeds 002, 003)', () => {
    expect(
      signatureTitleLines({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Văn Duy Vinh' }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('a deputy signs for the chair (seed 000)', () => {
    expect(
      signatureTitleLines({
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputyOf: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Trần Ngọc Khiêm',
      }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('a head signs in his own title (seed 004), in capitals whatever was typed', () => {
    expect(signatureTitleLines({ title: 'Giám đốc', name: 'Bùi Xuân Minh' })).toEqual(['GIÁM ĐỐC']);
    expect(signatureTitleLines({ authority: ' ', title: 'GIÁM ĐỐC', name: 'x' })).toEqual(['GIÁM ĐỐC']);
  });
});
