import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestWithData, type WaveWithData } from './latest-data.ts';

const wave = (code: string, period: string, closesOn: string, collected: number): WaveWithData => ({
  questionnaire: { code },
  period,
  closesOn,
  collected,
});

describe('where the results explorer opens', () => {
  it('opens on the wave that closed last among those with responses', () => {
    const waves = [
      wave('KH-UBND-XA', '2024', '2024-11-30', 2100),
      wave('KH-TYT', '2026', '2026-11-30', 800),
      wave('KH-UBND-XA', '2027', '2027-11-30', 0),
      wave('KH-UBND-XA', '2026', '2026-10-31', 1500),
    ];
    expect(latestWithData(waves)).toEqual({ q: 'KH-TYT', period: '2026' });
  });

  it('opens on nothing when no wave has a response yet', () => {
    expect(latestWithData([])).toBeNull();
    expect(latestWithData([wave('KH-UBND-XA', '2027', '2027-11-30', 0)])).toBeNull();
  });

  it('never opens on an empty wave, and the order of the list does not matter', () => {
    const day = fc
      .date({
        min: new Date('2018-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const anyWave = fc.record({
      questionnaire: fc.record({ code: fc.constantFrom('KH-UBND-XA', 'KH-TYT', 'SIPAS') }),
      period: fc.constantFrom('2024', '2025', '2026', '2026-H1'),
      closesOn: day,
      collected: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(anyWave, { maxLength: 12 }), (waves) => {
        const chosen = latestWithData(waves);
        const withData = waves.filter((w) => w.collected > 0);
        if (withData.length === 0) {
          expect(chosen).toBeNull();
          return;
        }
        const latest = withData.reduce((a, b) => (b.closesOn > a.closesOn ? b : a)).closesOn;
        expect(
          withData.some(
            (w) => w.closesOn === latest && w.questionnaire.code === chosen?.q && w.period === chosen?.period,
          ),
        ).toBe(true);
        expect(latestWithData([...waves].reverse())).toEqual(chosen);
      }),
    );
  });
});
