import type { Unit, UnitOnDate } from './units.schema.ts';

/** A unit as `hailong units list --json` prints it, its successors and predecessors by code. */
export function presentUnitOnDate(unit: Unit, successors: string[], predecessors: string[]): UnitOnDate {
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    parentCode: unit.parentCode,
    peerGroup: unit.peerGroup,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    successors,
    predecessors,
  };
}
