import { useT } from '../../../i18n/index.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';

/**
 * Names of the usual peer groups, in both languages, for pages without a session (the unit-type
 * list needs one); other codes are shown as they are.
 */
const KNOWN: Record<string, MessageKey> = {
  commune: 'peer.commune',
  health_station: 'peer.health_station',
  district: 'peer.district',
  department: 'peer.department',
  province: 'peer.province',
};

export function usePeerGroupLabel(): (code: string | null) => string {
  const t = useT();
  return (code) => {
    if (!code) return t('peer.none');
    const key = KNOWN[code];
    return key ? t(key) : code;
  };
}

/** Units grouped by peer group, in the order they come (the server sorts by group, then rank). */
export function groupByPeer<T extends { peerGroup: string | null; rank: number | null }>(
  units: T[],
): { peerGroup: string | null; units: T[] }[] {
  const groups = new Map<string | null, T[]>();
  for (const unit of units) {
    const list = groups.get(unit.peerGroup) ?? [];
    list.push(unit);
    groups.set(unit.peerGroup, list);
  }
  return [...groups.entries()].map(([peerGroup, list]) => ({
    peerGroup,
    units: [...list].sort(
      (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
    ),
  }));
}
