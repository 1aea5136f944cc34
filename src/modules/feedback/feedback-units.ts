/** A unit still open on `today` (YYYY-MM-DD): no end date, or one after today. */
export function isOpenOn(unit: { validTo: string | null }, today: string): boolean {
  return unit.validTo === null || unit.validTo > today;
}
