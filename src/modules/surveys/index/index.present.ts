import type { TargetWithUnit } from './index.repo.ts';
import type * as s from './index.schema.ts';
import type { IndexTable, UnitWithHistory } from './index.service.ts';
import type { CriterionResult, QuestionResult } from './index-engine.ts';
import type { Change } from './index-engine-compare.ts';
import type { HistoryRow } from './index-history.ts';

/**
 * The index table as the API answers it, every field listed in the order the engine builds it
 * (so a live table's JSON is byte for byte the engine's). `held` stays absent where a frozen
 * publication predates it.
 */
export function presentIndexTable(t: IndexTable): s.IndexTable {
  return {
    questionnaire: t.questionnaire,
    questionnaireHash: t.questionnaireHash,
    period: t.period,
    previousPeriod: t.previousPeriod,
    minSample: t.minSample,
    confidence: t.confidence,
    units: t.units.map(presentUnitIndex),
    version: t.version,
    pooled: t.pooled,
    channel: t.channel,
  };
}

export function presentUnitIndex(u: UnitWithHistory): s.UnitIndex {
  return {
    unit: u.unit,
    name: u.name,
    peerGroup: u.peerGroup,
    responses: u.responses,
    excluded: u.excluded,
    held: u.held,
    overall: {
      index: u.overall.index,
      ciLow: u.overall.ciLow,
      ciHigh: u.overall.ciHigh,
      respondents: u.overall.respondents,
      target: u.overall.target,
      gap: u.overall.gap,
      change: presentChange(u.overall.change),
    },
    rank: u.rank,
    rankOf: u.rankOf,
    lowSample: u.lowSample,
    sample: {
      respondents: u.sample.respondents,
      sd: u.sample.sd,
      sdSource: u.sample.sdSource,
      halfWidth: u.sample.halfWidth,
      needed: u.sample.needed,
      neededForMinSample: u.sample.neededForMinSample,
    },
    criteria: u.criteria.map(presentCriterionIndex),
    history: u.history?.map(presentHistoryRow),
  };
}

function presentHistoryRow(h: HistoryRow): s.HistoryEntry {
  return {
    period: h.period,
    index: h.index,
    n: h.n,
    rank: h.rank,
    source: h.source,
    predecessors: h.predecessors.map((p) => ({ code: p.code, name: p.name, partial: p.partial })),
  };
}

function presentCriterionIndex(c: CriterionResult): s.CriterionIndex {
  return {
    code: c.code,
    title: c.title,
    index: c.index,
    ciLow: c.ciLow,
    ciHigh: c.ciHigh,
    respondents: c.respondents,
    target: c.target,
    gap: c.gap,
    change: presentChange(c.change),
    questions: c.questions.map(presentQuestionIndex),
  };
}

function presentQuestionIndex(q: QuestionResult): s.QuestionIndex {
  return {
    code: q.code,
    index: q.index,
    ciLow: q.ciLow,
    ciHigh: q.ciHigh,
    ciMethod: q.ciMethod,
    answered: q.answered,
    noOpinion: q.noOpinion,
    distribution: q.distribution,
    change: presentChange(q.change),
  };
}

function presentChange(c: Change | null): s.IndexChange | null {
  if (c === null) return null;
  return {
    previous: c.previous,
    delta: c.delta,
    z: c.z,
    p: c.p,
    significant: c.significant,
    test: c.test,
    sameVersion: c.sameVersion,
  };
}

/** A stored target: for a peer group or a unit, a criterion (null = overall, "*" = all), who set it and when. */
export function presentTarget(t: TargetWithUnit): s.Target {
  return {
    peerGroup: t.peerGroup,
    unitCode: t.unitCode,
    criterion: t.criterion,
    value: t.value,
    setBy: t.setBy,
    setAt: t.setAt.toISOString(),
  };
}
