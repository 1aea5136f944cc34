/**
 * The desk poster of a survey: one A4 portrait page, printed and put where people wait, with a QR
 * code of the unit's survey link. Set in the bundled Liberation Serif through the documents
 * module's pdfmake setup (fonts from assets/fonts only, no file or network access).
 *
 * The QR code is a PNG from qrPng whose modules are a whole number of pixels each, so it prints
 * with clean edges, and it is sized so the code itself (without its white quiet zone) is 95 mm
 * wide: a phone reads it from a couple of metres.
 */

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
// The public index exposes buildPdf for NĐ 30 documents only; a poster needs the bare renderer.
import { PDF_FONT, qrPng, qrSvg, renderPdf } from '../../../documents/index.ts';
import { type AddressForm, addressText, DEFAULT_ADDRESS_FORM } from '../../../lib/address-form.ts';

export interface QrPosterInput {
  unitName: string;
  unitCode: string;
  /** The survey link the code opens. */
  url: string;
  /** "Khảo sát sự hài lòng quý III/2025". */
  waveTitle?: string;
  /** "0258 3822 xxx". */
  hotline?: string;
  /** The installation's form of address (default "Ông/Bà"). */
  addressForm?: AddressForm;
}

export const POSTER_TITLE = 'Ý KIẾN CỦA ÔNG/BÀ GIÚP CHÚNG TÔI PHỤC VỤ TỐT HƠN';
export const POSTER_STEPS = [
  'Quét mã QR bằng camera điện thoại',
  'Trả lời các câu hỏi (khoảng 3 phút)',
  'Phiếu không ghi tên — ý kiến được giữ kín',
] as const;
export const POSTER_PRIVACY =
  'Theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân: phiếu khảo sát không thu thập thông tin ' +
  'cá nhân (họ tên, số điện thoại, số định danh…) của người trả lời.';

/** Width of the code's modules, without the quiet zone. */
export const QR_CODE_MM = 95;
/** The white border scanners need, in modules (as qr.ts). */
const QUIET_MODULES = 4;
const PIXELS_PER_MODULE = 20;
const MARGIN_MM = { top: 20, side: 20, bottom: 15 } as const;

function pt(mm: number): number {
  return (mm / 25.4) * 72;
}

/** Modules across the code: qrSvg's viewBox is the modules plus the quiet zone on both sides. */
async function qrModules(url: string): Promise<number> {
  const svg = await qrSvg(url, { margin: 0 });
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  if (!Number.isInteger(size) || size <= 0) throw new Error('Không đọc được kích thước mã QR');
  return size;
}

async function qrImage(url: string): Promise<{ dataUrl: string; widthMm: number }> {
  const modules = await qrModules(url);
  const across = modules + 2 * QUIET_MODULES;
  const png = await qrPng(url, { size: across * PIXELS_PER_MODULE, margin: QUIET_MODULES });
  return {
    dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    widthMm: (QR_CODE_MM * across) / modules,
  };
}

function steps(): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          widths: [pt(10), 'auto'],
          body: POSTER_STEPS.map((step, i) => [
            { text: String(i + 1), bold: true, fontSize: 22, alignment: 'center' },
            { text: step, fontSize: 16, margin: [0, 4, 0, 0] },
          ]),
        },
        layout: 'noBorders',
      },
      { width: '*', text: '' },
    ],
    margin: [0, pt(6), 0, 0],
  };
}

export function qrPosterDefinition(
  input: QrPosterInput,
  qr: { dataUrl: string; widthMm: number },
): TDocumentDefinitions {
  const unitName = input.unitName.normalize('NFC').trim();
  const content: Content[] = [
    {
      text: addressText(POSTER_TITLE, input.addressForm ?? DEFAULT_ADDRESS_FORM),
      bold: true,
      fontSize: 26,
      alignment: 'center',
      lineHeight: 1.05,
    },
  ];
  if (input.waveTitle) {
    content.push({
      text: input.waveTitle.normalize('NFC').trim(),
      italics: true,
      fontSize: 15,
      alignment: 'center',
      margin: [0, pt(3), 0, 0],
    });
  }
  content.push(
    // A long name shrinks a little so the page never runs over to a second sheet.
    {
      text: unitName,
      bold: true,
      fontSize: unitName.length > 90 ? 16 : 20,
      alignment: 'center',
      margin: [0, pt(4), 0, 0],
    },
    // The quiet zone is inside the picture, so it can sit close to the text around it.
    { image: qr.dataUrl, width: pt(qr.widthMm), height: pt(qr.widthMm), alignment: 'center' },
    { text: input.url, fontSize: 13, alignment: 'center', margin: [0, pt(1), 0, 0] },
    steps(),
  );
  if (input.hotline) {
    content.push({
      text: `Đường dây nóng: ${input.hotline.normalize('NFC').trim()}`,
      bold: true,
      fontSize: 15,
      alignment: 'center',
      margin: [0, pt(3), 0, 0],
    });
  }
  content.push({
    text: POSTER_PRIVACY,
    italics: true,
    fontSize: 11,
    alignment: 'center',
    margin: [0, pt(6), 0, 0],
  });
  // Which unit a printed sheet belongs to, for the staff who put it up.
  content.push({
    text: `Mã đơn vị: ${input.unitCode.normalize('NFC').trim()}`,
    fontSize: 9,
    color: '#555555',
    alignment: 'right',
    margin: [0, pt(3), 0, 0],
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(MARGIN_MM.side), pt(MARGIN_MM.top), pt(MARGIN_MM.side), pt(MARGIN_MM.bottom)],
    content,
    defaultStyle: { font: PDF_FONT, fontSize: 14 },
    info: {
      title: `Mã QR khảo sát sự hài lòng — ${unitName} (${input.unitCode})`,
      creator: 'Hài Lòng',
      producer: 'Hài Lòng',
    },
    language: 'vi-VN',
  };
}

/** The printable A4 poster of a unit's survey link. */
export async function qrPosterPdf(input: QrPosterInput): Promise<Buffer> {
  return renderPdf(qrPosterDefinition(input, await qrImage(input.url)));
}
