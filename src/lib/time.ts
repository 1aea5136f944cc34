/**
 * Business dates are Vietnam dates. Vietnam keeps UTC+7 all year (no daylight saving since 1975),
 * so a fixed offset is exact and much faster than Intl time-zone lookups on hot paths.
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Vietnam calendar date of an instant, as YYYY-MM-DD. */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Vietnam wall-clock "YYYY-MM-DDTHH:MM" of an instant. */
export function vnDateTime(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a Vietnam wall-clock time "YYYY-MM-DD[THH:MM[:SS]]". */
export function fromVnDateTime(local: string): Date {
  const [date, time = '00:00:00'] = local.split('T');
  return new Date(Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`) - VN_OFFSET_MS);
}
