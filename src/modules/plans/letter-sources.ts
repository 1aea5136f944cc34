/**
 * What the follow-up letter of seed 003 takes from the database beside the unit's own result:
 * - the other decisions the province (or city) published for the same period over the unit — seed
 *   003 cites 1069 (the committees) and 1081 (the health stations) — with who signed each;
 * - the targets already set for the next period (overall and per criterion);
 * - the figures of the unit's health station from the same period's publications, and its next
 *   target.
 * Nothing is invented: what the data does not hold is left out, or named as a hint the officer must
 * replace before issuing (FILL_HINT).
 */
import type { AppContext } from '../../lib/context.ts';
import { vnDate } from '../../lib/time.ts';
import { targetRows } from '../surveys/index/index.repo.ts';
import type { IndexTable } from '../surveys/index/index.service.ts';
import type { UnitResult } from '../surveys/index/index-engine.ts';
import { type TargetSpec, targetFor } from '../surveys/index/index-engine-targets.ts';
import type { UnitRow } from '../units/units.repo.ts';
import type { BodyFigure, CitedDecision } from './doc-letter.ts';
import type { UnitIndex } from './index-source.ts';
import * as repo from './plans.repo.ts';
import { planWindow } from './task-due.ts';
import { lowerFirst } from './wording.ts';

/** Marks a place the officer must fill in; a letter with one left is refused at issue. */
export const FILL_HINT = '[Cần điền:';

/** "Tỉnh Khánh Hòa" → "UBND tỉnh Khánh Hòa": how a letter names the body that decided. */
export function committeeName(unitName: string): string {
  if (/^(UBND|Ủy ban nhân dân)\s/iu.test(unitName)) return unitName;
  if (/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s/iu.test(unitName))
    return `UBND ${lowerFirst(unitName)}`;
  return unitName;
}

/** "Chủ tịch Nguyễn Văn A" signed for himself; anyone else (or nobody recorded) for the committee. */
export function signedByOf(signer: string | null): 'chairman' | 'committee' {
  return signer !== null && /^chủ tịch\b/iu.test(signer.trim()) ? 'chairman' : 'committee';
}

type TargetRow = Awaited<ReturnType<typeof targetRows>>[number];

/** The targets of one unit for the overall index and its criteria, from the stored rows (pure). */
export function targetsOfUnit(
  rows: TargetRow[],
  unit: { id: number; code: string; peerGroup: string },
  criteria: string[],
): { overall: number | null; criteria: Record<string, number | null> } {
  const spec = (mine: TargetRow[]): TargetSpec => {
    const out: { all?: number; overall?: number; criteria: Record<string, number> } = { criteria: {} };
    for (const r of mine) {
      if (r.criterion === '*') out.all = r.value;
      else if (r.criterion === null) out.overall = r.value;
      else out.criteria[r.criterion] = r.value;
    }
    return out;
  };
  const targets = {
    groups: { [unit.peerGroup]: spec(rows.filter((r) => r.peerGroup === unit.peerGroup)) },
    units: { [unit.code]: spec(rows.filter((r) => r.unitId === unit.id)) },
  };
  return {
    overall: targetFor(targets, unit.code, unit.peerGroup, null),
    criteria: Object.fromEntries(criteria.map((c) => [c, targetFor(targets, unit.code, unit.peerGroup, c)])),
  };
}

export interface LetterExtras {
  decisions: CitedDecision[];
  /** Who signed the decision of the letter's own result, and its date when recorded. */
  signedBy: 'chairman' | 'committee';
  decisionDate: string | null;
  nextTargets: { overall: number | null; criteria: Record<string, number | null> };
  bodyFigures: Record<string, BodyFigure>;
  /** Hints for the officer by slot, when a body exists but its figures are not in the data. */
  hints: Record<string, string[]>;
}

export async function letterExtras(ctx: AppContext, index: UnitIndex): Promise<LetterExtras> {
  const unit: UnitRow = index.unit;
  const published = await repo.publishedCovering(ctx.db, { period: index.period, unitPath: unit.path });
  const own = published.find((p) => p.id === index.publicationId);
  const decisions: CitedDecision[] = published
    .filter((p) => p.id !== index.publicationId && p.decisionNumber !== null)
    .filter((p) => p.decisionNumber !== own?.decisionNumber)
    .map((p) => ({
      number: p.decisionNumber!,
      date: p.decisionDate ?? (p.publishedAt ? vnDate(p.publishedAt) : null),
      issuer: committeeName(p.scopeName),
      signedBy: signedByOf(p.decisionSigner),
      about: `phê duyệt và công bố ${lowerFirst(p.title)}`,
    }));

  const next = planWindow(index.period).label;
  const criteria = index.version.definition.criteria.map((c) => c.code);
  const nextTargets = targetsOfUnit(await targetRows(ctx.db, index.version.code, next), unit, criteria);

  const bodyFigures: Record<string, BodyFigure> = {};
  const hints: Record<string, string[]> = {};
  const on = [unit.validTo ?? vnDate(ctx.now()), vnDate(ctx.now())].sort()[0]!;
  const [station] = await repo.childrenOfType(ctx.db, unit.id, 'health_station', on);
  if (station) {
    let row: UnitResult | undefined;
    let code: string | undefined;
    for (const p of published) {
      row = (p.snapshot as IndexTable).units.find((u) => u.unit === station.code);
      if (row) {
        code = p.questionnaireCode;
        break;
      }
    }
    if (row && code) {
      const stationNext = targetsOfUnit(await targetRows(ctx.db, code, next), station, []);
      bodyFigures.health_station = {
        name: station.name,
        index: row.overall.index,
        target: row.overall.target,
        rank: row.rank,
        rankOf: row.rankOf,
        peerGroup: row.peerGroup,
        nextTarget: stationNext.overall,
      };
    } else {
      hints['body.health_station'] = [
        `${FILL_HINT} chỉ số hài lòng ${index.period.length === 4 ? `năm ${index.period}` : `kỳ ${index.period}`} của ${station.name} — hệ thống chưa có kết quả công bố của trạm; thay dòng này bằng số liệu đã công bố hoặc xóa đi]`,
      ];
    }
  }
  return {
    decisions,
    signedBy: signedByOf(own?.decisionSigner ?? null),
    decisionDate: own?.decisionDate ?? null,
    nextTargets,
    bodyFigures,
    hints,
  };
}
