/**
 * Targets (chỉ tiêu) the province sets, per peer group or per unit. A number applies to the overall
 * index and to every criterion; an object sets them one by one, with `all` as its fallback. A unit's
 * target overrides its group's item by item: a unit that sets only `overall` keeps its group's
 * criterion targets.
 */

export type TargetSpec =
  | number
  | {
      /** Applies to the overall index and to every criterion not listed. */
      all?: number;
      overall?: number;
      /** Criterion code → target. */
      criteria?: Record<string, number>;
    };

export interface Targets {
  /** Peer group → target. */
  groups?: Record<string, TargetSpec>;
  /** Unit code → target; overrides the group's. */
  units?: Record<string, TargetSpec>;
}

/** The target of one item for a unit; `criterion` null means the overall index. */
export function targetFor(
  targets: Targets | undefined,
  unit: string,
  peerGroup: string | null,
  criterion: string | null,
): number | null {
  if (!targets) return null;
  const own = fromSpec(targets.units?.[unit], criterion);
  if (own !== null) return own;
  return peerGroup === null ? null : fromSpec(targets.groups?.[peerGroup], criterion);
}

function fromSpec(spec: TargetSpec | undefined, criterion: string | null): number | null {
  if (spec === undefined) return null;
  if (typeof spec === 'number') return spec;
  const specific = criterion === null ? spec.overall : spec.criteria?.[criterion];
  return specific ?? spec.all ?? null;
}
