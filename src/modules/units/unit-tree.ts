import { compareVietnamese } from '../../lib/text.ts';
import type { UnitSummary } from './units.repo.ts';
import type { UnitNode } from './units.schema.ts';

/**
 * Nest flat rows (parents listed before children) into trees. Rows whose parent is not in the
 * list become roots: that is how a user's view starts at their own unit. Siblings are sorted by
 * Vietnamese collation.
 */
export function buildTree(rows: UnitSummary[], codeOf: (id: number) => string | null): UnitNode[] {
  const nodes = new Map<number, UnitNode>();
  const roots: UnitNode[] = [];
  for (const row of rows) {
    const node: UnitNode = {
      ...presentUnit(row, row.parentId === null ? null : codeOf(row.parentId)),
      children: [],
    };
    nodes.set(row.id, node);
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => compareVietnamese(a.name, b.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function presentUnit(row: UnitSummary, parentCode: string | null) {
  return {
    code: row.code,
    name: row.name,
    type: row.type,
    parentCode,
    peerGroup: row.peerGroup,
    validFrom: row.validFrom,
    validTo: row.validTo,
    demo: row.demo,
  };
}

/** Ids on a materialised path "1.5.23." → [1, 5, 23]. */
export function pathIds(path: string): number[] {
  return path.split('.').filter(Boolean).map(Number);
}
