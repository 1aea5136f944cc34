/**
 * How a large photo is made smaller in the browser before it is sent (pure, tested beside):
 * a phone photo of 6–12 MB becomes a JPEG of a few hundred KB, well under the server's 5 MB a
 * photo, and the upload on a slow mobile connection takes seconds instead of minutes.
 */

/** The longest side kept: plenty to see a broken lamp (the server keeps at most 2,560 px). */
export const SHRINK_LONG_SIDE = 2000;
/** JPEG quality of the re-encoded photo. */
export const SHRINK_QUALITY = 0.8;
/** Photos above this size are re-encoded; smaller ones are sent as they are. */
export const SHRINK_ABOVE_BYTES = 1.5 * 1024 * 1024;

/** The size a photo of `width` × `height` is drawn at: the long side at most `longSide`, the ratio kept. */
export function shrunkSize(width: number, height: number, longSide = SHRINK_LONG_SIDE) {
  const scale = Math.min(1, longSide / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The name of the re-encoded file: the same name, ending in .jpg. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'anh';
  return `${base}.jpg`;
}
