import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys, useSession, useUnitTypes } from '../../api/queries.ts';
import type { UnitTree } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { mayManage } from '../../nav.ts';

/** Unit type (or peer group) code → its name in the current language; unknown codes as they are. */
export function useTypeLabel(): (code: string) => string {
  const { lang } = useI18n();
  const types = useUnitTypes();
  return (code) => {
    const type = types.data?.types.find((t) => t.code === code);
    return type ? (lang === 'vi' ? type.nameVi : type.nameEn) : code;
  };
}

export function useCanManageUnits(): boolean {
  const role = useSession().data?.user.role;
  return role ? mayManage(role, 'units') : false;
}

/**
 * The tree of the units valid on `date` (YYYY-MM-DD, both ends of a unit's validity included), or
 * with `date` null every unit, closed ones included. Under `keys.units`, so an import refreshes it.
 */
export function useUnitTreeOn(date: string | null) {
  return useQuery({
    queryKey: [...keys.units, 'tree', { date }] as const,
    queryFn: ({ signal }) =>
      api<UnitTree>('/units', { query: date ? { date } : { includeClosed: 'true' }, signal }),
    placeholderData: (previous) => previous,
  });
}

/** "01/07/2025" (or "1/7/2025") → "2025-07-01"; null when it is not a real day of 2000–2100. */
export function parseDayMonthYear(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
