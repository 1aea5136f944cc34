import sharp from 'sharp';
import type { PhotoMime } from './feedback-text.ts';

/** The longest side a stored photo keeps: plenty to see a broken lamp, far less than a 50 MP original. */
export const PHOTO_MAX_SIDE = 2560;
/** Refuse decompression bombs: a 5 MB file may not claim more pixels than this. */
const MAX_INPUT_PIXELS = 100_000_000;

/**
 * A photo as it is stored and published: decoded and re-encoded by libvips (sharp), so that
 * nothing of the original file survives but its pixels — no EXIF (GPS position, camera serial,
 * owner), no XMP, no IPTC, no ICC comment, no trailing bytes. The EXIF orientation is applied to
 * the pixels first, so the photo still stands the right way up. `mime` is the type found by the
 * first bytes (sniffImage); the decoder must agree with it, or the file is not a real image and
 * null is returned.
 */
export async function cleanPhoto(bytes: Uint8Array, mime: PhotoMime): Promise<Uint8Array | null> {
  try {
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS });
    const meta = await image.metadata();
    const expected = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' }[mime];
    if (meta.format !== expected || !meta.width || !meta.height) return null;
    // Only the first frame of an animated WebP is kept (a photo, not a clip).
    const pipeline = image
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const out =
      mime === 'image/jpeg'
        ? pipeline.jpeg({ quality: 85 }) // libjpeg-turbo: mozjpeg saves ~20 % but takes ~5–9× longer
        : mime === 'image/png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 85 });
    return new Uint8Array(await out.toBuffer());
  } catch {
    return null;
  }
}
