import { describe, expect, it } from 'vitest';
import { agencyLines, dashedList, distributionLines, nfc, toRuns } from './text.ts';

describe('recipient and distribution lists', () => {
  it('writes "- …;" lines and ends the last with a full stop, whatever was typed', () => {
    expect(dashedList(['Như trên', '- Đảng ủy, HĐND phường;', 'TV.UBND phường.'])).toEqual([
      '- Như trên;',
      '- Đảng ủy, HĐND phường;',
      '- TV.UBND phường.',
    ]);
  });

  it('ends "Nơi nhận" with the archive line, "VT" by default', () => {
    expect(distributionLines(['Như trên'], 'VT, Lý')).toEqual(['- Như trên;', '- Lưu: VT, Lý.']);
    expect(distributionLines(undefined, undefined)).toEqual(['- Lưu: VT.']);
    expect(distributionLines([], 'Lưu: VT, NV (56b)')).toEqual(['- Lưu: VT, NV (56b).']);
  });
});

describe('text clean-up', () => {
  it('composes decomposed Vietnamese (old input methods) so the font maps every letter', () => {
    const decomposed = 'Phương Sài, Nghệ An'.normalize('NFD');
    expect(decomposed).not.toBe('Phương Sài, Nghệ An');
    expect(nfc(decomposed)).toBe('Phương Sài, Nghệ An');
    expect(toRuns([{ text: decomposed, bold: true }])).toEqual([{ text: 'Phương Sài, Nghệ An', bold: true }]);
  });

  it('splits agency names at explicit breaks and writes them in capitals', () => {
    expect(agencyLines('Ủy ban nhân dân\nphường Phương Sài')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG PHƯƠNG SÀI',
    ]);
    expect(agencyLines(undefined)).toEqual([]);
  });
});
