import { useSession, useUnitTypes } from '../../api/queries.ts';
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
