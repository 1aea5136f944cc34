import type { UnitNode } from '../../../api/types.ts';

/** Codes of the open units under `code` in the tree (not the unit itself). */
export function openDescendants(nodes: UnitNode[], code: string): string[] {
  const find = (list: UnitNode[]): UnitNode | undefined => {
    for (const n of list) {
      if (n.code === code) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  const out: string[] = [];
  const collect = (list: UnitNode[]) => {
    for (const n of list) {
      if (!n.validTo) out.push(n.code);
      collect(n.children);
    }
  };
  collect(find(nodes)?.children ?? []);
  return out;
}
