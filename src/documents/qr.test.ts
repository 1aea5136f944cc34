import { describe, expect, it } from 'vitest';
import { qrPng, qrSvg } from './qr.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('QR codes', () => {
  it('draws a PNG of the asked width for a slip', async () => {
    const png = await qrPng('000.00.20.H31-230403-0001', { size: 240 });
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // IHDR: width and height, big-endian, right after the chunk header.
    expect(png.readUInt32BE(16)).toBe(240);
    expect(png.readUInt32BE(20)).toBe(240);
  });

  it('draws an SVG for a poster, that scales without blurring', async () => {
    const svg = await qrSvg('https://hailong.example/khao-sat/phuong-sai', { size: 500 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="500" height="500"/);
    expect(svg).toContain('<path');
  });

  it('holds Vietnamese text (a byte-mode code), and a longer text makes a larger code', async () => {
    const short = await qrSvg('Phương Sài');
    const long = await qrSvg(`Phường Phương Sài, ${'khảo sát sự hài lòng '.repeat(8)}`);
    const modules = (svg: string) => Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
    expect(modules(long)).toBeGreaterThan(modules(short));
  });
});
