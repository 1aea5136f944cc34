/**
 * Presentation for Vietnamese readers: decimal comma, thousands dot, dd/mm/yyyy.
 * Values are computed in full precision elsewhere and rounded only here.
 */
import { VN_OFFSET_MS } from './time.ts';

/** 74.456 → "74,46" (always `decimals` digits); 12345.6 → "12.345,60". */
export function formatNumberVi(value: number, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** 72.27 → "72,27%". */
export function formatPercentVi(value: number, decimals = 2): string {
  return `${formatNumberVi(value, decimals)}%`;
}

/** "2025-07-01" or an instant → "01/07/2025" (Vietnam date). */
export function formatDateVi(value: string | Date): string {
  const iso = typeof value === 'string' ? value : new Date(value.getTime() + VN_OFFSET_MS).toISOString();
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant → "08:05 01/07/2025" (Vietnam time). */
export function formatDateTimeVi(value: Date): string {
  const iso = new Date(value.getTime() + VN_OFFSET_MS).toISOString();
  return `${iso.slice(11, 16)} ${formatDateVi(iso)}`;
}
