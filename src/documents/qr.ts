/**
 * QR codes for slips and posters (a dossier code on a receipt, a survey link on a desk poster).
 * Error correction "M" (15 %) survives a creased or smudged paper slip without making the code
 * too dense to scan from a phone at arm's length.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** Image width in pixels (PNG) or user units (SVG); default 300. */
  size?: number;
  /** Quiet zone in modules; scanners need at least 4 on busy paper. */
  margin?: number;
}

function qrSettings(options: QrOptions) {
  return { errorCorrectionLevel: 'M' as const, margin: options.margin ?? 4, width: options.size ?? 300 };
}

export async function qrPng(text: string, options: QrOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...qrSettings(options), type: 'png' });
}

export async function qrSvg(text: string, options: QrOptions = {}): Promise<string> {
  return QRCode.toString(text, { ...qrSettings(options), type: 'svg' });
}
