import { jpegName, SHRINK_ABOVE_BYTES, SHRINK_QUALITY, shrunkSize } from './shrink-size.ts';

/**
 * A large photo made smaller in the browser: decoded upright (the EXIF orientation applied to the
 * pixels), drawn on a canvas at most 2,000 px on its long side, and re-encoded as a JPEG of
 * quality 0.8. The canvas keeps nothing but pixels, so the EXIF (GPS position, camera serial) is
 * gone before the photo leaves the phone. A photo under 1.5 MB is returned as it is (the server
 * strips its metadata). Throws when the browser cannot decode the file.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (file.size <= SHRINK_ABOVE_BYTES) return file;
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = shrunkSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d');
    // A transparent PNG becomes a JPEG on white, not on black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', SHRINK_QUALITY),
    );
    if (!blob) throw new Error('toBlob');
    // A photo that was already small in pixels may not shrink: keep the smaller of the two.
    if (blob.size >= file.size) return file;
    return new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
