import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { findByCode as findUnitByCode } from '../../units/units.repo.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import {
  mentions,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_COUNT,
  type PhotoMime,
  placeName,
  sniffImage,
} from '../feedback-text.ts';
import { isOpenOn } from '../feedback-units.ts';
import { cleanPhoto } from '../photo-clean.ts';

export interface PhotoUpload {
  bytes: Uint8Array;
  /** The file name the client gave, for error messages only. */
  name?: string;
}

/**
 * Photos: at most 3, each at most 5 MB, JPEG/PNG/WebP by their bytes and decodable as such, then
 * re-encoded without any metadata (photo-clean.ts). All checked before anything is written.
 */
export async function checkPhotos(photos: PhotoUpload[]): Promise<{ mime: PhotoMime; bytes: Uint8Array }[]> {
  if (photos.length > PHOTO_MAX_COUNT) {
    throw errors.tooManyPhotos();
  }
  const checked = photos.map((p, i) => {
    const label = p.name ? `"${p.name}"` : `số ${i + 1}`;
    if (p.bytes.length > PHOTO_MAX_BYTES) {
      throw errors.photoTooLarge(label, i);
    }
    const mime = sniffImage(p.bytes);
    if (!mime) {
      throw errors.photoNotImage(label, i);
    }
    return { mime, bytes: p.bytes, label };
  });
  const cleaned: { mime: PhotoMime; bytes: Uint8Array }[] = [];
  for (const [i, p] of checked.entries()) {
    const bytes = await cleanPhoto(p.bytes, p.mime);
    if (!bytes) {
      throw errors.photoUnreadable(p.label, i);
    }
    cleaned.push({ mime: p.mime, bytes });
  }
  return cleaned;
}

export async function activeCategory(ctx: AppContext, code: string) {
  const category = await repo.categoryByCode(ctx.db, code);
  if (!category?.c.active) throw errors.categoryNotFound(code);
  return category;
}

/** An active category by code (the public form, Open311 service_code). */
export const publicCategory = activeCategory;

/**
 * The unit that handles an item: the one the reporter chose (inside the category's area), else the
 * deepest unit of the category's area whose name the address mentions ("… xã An …"), else the
 * fallback (the officer's own unit for a call or a counter report), else the category's own unit.
 */
export async function suggestUnit(
  ctx: AppContext,
  category: repo.LoadedCategory,
  address?: string | null,
  unitCode?: string,
  /** Before the category's own unit: e.g. the unit of the officer taking the call. */
  fallbackUnitId?: number,
) {
  const today = vnDate(ctx.now());
  if (unitCode) {
    const found = await findUnitByCode(ctx.db, unitCode);
    const u = found && isOpenOn(found, today) ? found : undefined;
    if (!u?.path.startsWith(category.unitPath)) {
      throw errors.invalid(
        'unitCode',
        'Đơn vị không nhận phản ánh thuộc lĩnh vực này',
        `${category.unitName} không nhận phản ánh lĩnh vực "${category.c.name}" cho đơn vị "${unitCode}".`,
      );
    }
    return u;
  }
  const area = await repo.openUnitsUnder(ctx.db, category.unitPath, today);
  const own = area.find((u) => u.id === category.c.unitId);
  if (address) {
    const named = area
      .filter((u) => mentions(address, placeName(u.name)))
      .sort((a, b) => b.depth - a.depth || b.name.length - a.name.length);
    if (named[0]) return named[0];
  }
  const fallback = fallbackUnitId === undefined ? undefined : area.find((u) => u.id === fallbackUnitId);
  if (fallback) return fallback;
  if (!own) throw errors.categoryNotFound(category.c.code);
  return own;
}
