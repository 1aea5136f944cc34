import { describe, expect, it } from 'vitest';
import { numberLine, registerNumber } from './number-line.ts';

describe('numberLine (NĐ 30 ô số 3)', () => {
  it('writes number and symbol as the seeds do', () => {
    expect(numberLine(632, 'UBND-NV')).toBe('Số: 632/UBND-NV');
    expect(numberLine('4490', 'UBND-NV')).toBe('Số: 4490/UBND-NV');
  });

  it('pads numbers below 10 with a zero', () => {
    expect(numberLine(5, 'QĐ-SYT')).toBe('Số: 05/QĐ-SYT');
    expect(registerNumber('9')).toBe('09');
    expect(registerNumber(10)).toBe('10');
  });

  it('leaves the number blank before the document is registered', () => {
    expect(numberLine(undefined, 'UBND-NV')).toBe(`Số: ${'\u00A0'.repeat(6)}/UBND-NV`);
    expect(numberLine('  ', 'UBND')).toBe(`Số: ${'\u00A0'.repeat(6)}/UBND`);
  });

  it('writes the symbol in capitals', () => {
    expect(numberLine(12, 'qđ-ubnd')).toBe('Số: 12/QĐ-UBND');
  });
});
