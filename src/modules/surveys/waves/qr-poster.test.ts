import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfPage, readPdf } from '../../../documents/testing/pdf-reader.ts';
import { POSTER_PRIVACY, POSTER_STEPS, POSTER_TITLE, QR_CODE_MM, qrPosterPdf } from './qr-poster.ts';

/** A4 in points, as PDF measures it. */
const A4 = { width: 595.28, height: 841.89 };
const PT_PER_MM = 72 / 25.4;

const INPUT = {
  unitName: 'Ủy ban nhân dân phường Phương Sài',
  unitCode: 'PS',
  url: 'https://hailong.khanhhoa.gov.vn/k/PS?w=2025-Q3',
  waveTitle: 'Khảo sát sự hài lòng quý III/2025',
  hotline: '0258 3822 123',
};

interface PdfImage {
  /** Drawn size and position in points. */
  width: number;
  height: number;
  pixels: { width: number; height: number; kind: number; data: Uint8Array | Uint8ClampedArray };
}

/** The pictures painted on page 1, with the size the page draws them at and their pixels. */
async function pdfImages(pdf: Uint8Array): Promise<PdfImage[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(1);
    const ops = await page.getOperatorList();
    const images: PdfImage[] = [];
    let matrix: number[] = [1, 0, 0, 1, 0, 0];
    for (let i = 0; i < ops.fnArray.length; i++) {
      const args = ops.argsArray[i] as unknown[];
      if (ops.fnArray[i] === OPS.transform) matrix = args as number[];
      if (ops.fnArray[i] === OPS.paintImageXObject) {
        const pixels = await new Promise<PdfImage['pixels']>((resolve) =>
          page.objs.get(args[0] as string, resolve),
        );
        images.push({ width: Math.abs(matrix[0]!), height: Math.abs(matrix[3]!), pixels });
      }
    }
    return images;
  } finally {
    await task.destroy();
  }
}

/** Is the pixel at (x, y) dark? Handles the gray, RGB and RGBA layouts pdfjs decodes to. */
function dark(p: PdfImage['pixels'], x: number, y: number): boolean {
  const channels = p.data.length / (p.width * p.height);
  return p.data[(y * p.width + x) * channels]! < 128;
}

describe('qrPosterPdf', () => {
  let pdf: Buffer;
  let pages: PdfPage[];
  beforeAll(async () => {
    pdf = await qrPosterPdf(INPUT);
    pages = await readPdf(pdf);
  });

  it('is one A4 portrait page', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(A4.width, 1);
    expect(pages[0]!.height).toBeCloseTo(A4.height, 1);
  });

  it('prints the title, the unit, the link, the steps and the privacy note with their diacritics', () => {
    const { lines, text, topMargin } = pages[0]!;
    expect(topMargin).toBe('');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(text)).toContain(squeeze(POSTER_TITLE));
    expect(lines).toContain('Ủy ban nhân dân phường Phương Sài');
    expect(lines).toContain('Khảo sát sự hài lòng quý III/2025');
    expect(lines).toContain('https://hailong.khanhhoa.gov.vn/k/PS?w=2025-Q3');
    POSTER_STEPS.forEach((step, i) => {
      expect(lines).toContain(`${i + 1} ${step}`);
    });
    expect(lines).toContain('Đường dây nóng: 0258 3822 123');
    expect(squeeze(text)).toContain(squeeze(POSTER_PRIVACY));
    expect(text).toContain('13/2023/NĐ-CP');
    expect(lines).toContain('Mã đơn vị: PS');
  });

  it('draws a square QR picture whose code is at least 9 cm wide and encodes the link', async () => {
    const images = await pdfImages(pdf);
    expect(images).toHaveLength(1);
    const image = images[0]!;
    expect(image.width).toBeCloseTo(image.height, 3);

    // The modules the picture should hold: the same encoder and error correction as qr.ts.
    const code = QRCode.create(INPUT.url, { errorCorrectionLevel: 'M' });
    const size = code.modules.size;
    const across = size + 8; // 4 quiet modules on each side
    const codeMm = ((image.width / PT_PER_MM) * size) / across;
    expect(codeMm).toBeCloseTo(QR_CODE_MM, 3);
    expect(codeMm).toBeGreaterThanOrEqual(90);

    // No decoder is installed, so read the picture module by module and compare with the encoding.
    const { pixels } = image;
    expect(pixels.width).toBe(pixels.height);
    const perModule = pixels.width / across;
    expect(Number.isInteger(perModule)).toBe(true);
    const sample = (row: number, col: number) =>
      dark(pixels, Math.floor((col + 0.5) * perModule), Math.floor((row + 0.5) * perModule));
    let mismatches = 0;
    for (let row = 0; row < across; row++) {
      for (let col = 0; col < across; col++) {
        const inCode = row >= 4 && col >= 4 && row < size + 4 && col < size + 4;
        const expected = inCode ? code.modules.get(row - 4, col - 4) === 1 : false;
        if (sample(row, col) !== expected) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });
});
