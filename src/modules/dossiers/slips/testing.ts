/**
 * Test helpers for the slips: a sample dossier, and the QR codes a PDF draws, decoded from the
 * pictures inside the file with jsQR, as a phone would read them.
 */
import jsQR from 'jsqr';
import { getDocument, ImageKind, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf } from '../../../documents/testing/pdf-reader.ts';
import { fromVnDateTime } from '../../../lib/time.ts';
import type { DossierView, SlipHeader } from './model.ts';

export const HEADER: SlipHeader = {
  issuer: 'UBND PHƯỜNG PHƯƠNG SÀI',
  parent: 'UBND THÀNH PHỐ NHA TRANG',
  place: 'Nha Trang',
  issuedAt: fromVnDateTime('2026-03-02T08:05'),
};

export const DOSSIER: DossierView = {
  code: 'P09-20260302-0001',
  procedureName: 'Đăng ký khai sinh',
  procedureCode: '1.001193',
  applicantName: 'Nguyễn Thị Hương Giang',
  applicantAddress: '12 Phương Sài, phường Phương Sài, thành phố Nha Trang',
  applicantPhone: '0905 123 456',
  channel: 'direct',
  receivedAt: fromVnDateTime('2026-03-02T08:05'),
  dueAt: fromVnDateTime('2026-03-05T16:30'),
  legalTime: { amount: 3, unit: 'working_days' },
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 },
    { name: 'Giấy chứng sinh', kind: 'original', count: 1 },
    { name: 'Giấy chứng nhận kết hôn của cha mẹ', kind: 'certified_copy', count: 1 },
    { name: 'Căn cước của người đi đăng ký', kind: 'copy', count: 2 },
  ],
  receiverName: 'Trần Văn Bình',
  lookupUrl: 'https://hailong.khanhhoa.gov.vn/tra-cuu/P09-20260302-0001?k=7KQ2MX',
  lookupCheck: '7KQ2MX',
  ratingUrl: 'https://hailong.khanhhoa.gov.vn/danh-gia/P09-20260302-0001?t=q7Xr2mK9',
  returnPlace: 'Quầy số 2, Bộ phận Một cửa phường Phương Sài',
};

/** All the text of all pages on one line, spaces squeezed: phrases that wrap still match. */
export function flat(pages: { text: string }[]): string {
  return pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}

interface Pixels {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** pdfjs's decoded picture as the RGBA jsQR wants (it decodes 1-bit gray, RGB or RGBA). */
function rgba(p: Pixels): Uint8ClampedArray {
  const out = new Uint8ClampedArray(p.width * p.height * 4);
  const rowBytes = Math.ceil(p.width / 8);
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const i = y * p.width + x;
      let v: number;
      if (p.kind === ImageKind.GRAYSCALE_1BPP)
        v = (p.data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
      else if (p.kind === ImageKind.RGB_24BPP) v = p.data[i * 3]!;
      else v = p.data[i * 4]!;
      out.set([v, v, v, 255], i * 4);
    }
  }
  return out;
}

/** What every picture on every page says, as jsQR reads it (null when it is no readable QR). */
export async function decodeQrCodes(pdf: Uint8Array): Promise<(string | null)[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false });
  const doc = await task.promise;
  try {
    const found: (string | null)[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
        const id = (ops.argsArray[i] as unknown[])[0] as string;
        const pixels = await new Promise<Pixels>((resolve) => page.objs.get(id, resolve));
        found.push(jsQR(rgba(pixels), pixels.width, pixels.height)?.data ?? null);
      }
    }
    return found;
  } finally {
    await task.destroy();
  }
}

/** The title in the PDF's metadata (what a file manager or mail client shows). */
export async function pdfTitle(pdf: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false });
  try {
    const { info } = await (await task.promise).getMetadata();
    return String((info as { Title?: string }).Title ?? '');
  } finally {
    await task.destroy();
  }
}

/** What the top of an official slip (01–05, giấy mời) prints for HEADER. */
export const OFFICIAL_TOP = [
  'UBND THÀNH PHỐ NHA TRANG',
  'UBND PHƯỜNG PHƯƠNG SÀI',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Nha Trang, ngày 02 tháng 3 năm 2026',
] as const;

export interface ReadSlip {
  pages: number;
  /** The page size in points. */
  size: { width: number; height: number };
  /** All text, spaces squeezed. */
  text: string;
  /** The QR codes drawn, decoded, in page order. */
  qr: (string | null)[];
}

export async function readSlip(pdf: Buffer): Promise<ReadSlip> {
  const pages = await readPdf(pdf);
  return {
    pages: pages.length,
    size: { width: pages[0]!.width, height: pages[0]!.height },
    text: flat(pages),
    qr: await decodeQrCodes(pdf),
  };
}
