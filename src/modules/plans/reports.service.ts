/**
 * Periodic reports (monthly, quarterly, 6-month, annual) of a unit or a province, assembled from the
 * data: the satisfaction index of every questionnaire with responses in the period, the one-stop
 * desk's dossier figures month by month, feedback figures, and the progress of improvement plans.
 * Rendered as DOCX (an NĐ 30 report, number left blank: a report is not registered here) and XLSX.
 */

import type { Actor } from '../../access/actor.ts';
import { authorize } from '../../access/permissions.ts';
import { buildDocx, buildXlsx, DOCX_MIME, XLSX_MIME } from '../../documents/index.ts';
import type { AppContext } from '../../lib/context.ts';
import { vnDate } from '../../lib/time.ts';
import { dashboard } from '../dossiers/dossiers.queries.ts';
import { indexTable } from '../surveys/index/index.service.ts';
import { getQuestionnaire, listQuestionnaires } from '../surveys/questionnaires/questionnaires.service.ts';
import { requireUnit } from '../units/units.service.ts';
import { reportDocument, reportSheets } from './doc-report.ts';
import { agencyFor } from './documents.service.ts';
import { validation } from './plans.errors.ts';
import { presentReportPlan } from './plans.present.ts';
import type { ReportDossierMonth } from './plans.schema.ts';
import { parseReportPeriod, type ReportPeriod } from './report-period.ts';
import { feedbackFiguresOf } from './report-sources.ts';
import { plansOverview } from './use-cases/plans-overview.ts';

async function surveyFigures(
  ctx: AppContext,
  actor: Actor,
  scope: { code: string; path: string },
  period: ReportPeriod,
) {
  const codes = [...new Set((await listQuestionnaires(ctx)).map((q) => q.code))].sort();
  const out = [];
  for (const code of codes) {
    const version = await getQuestionnaire(ctx, code);
    for (const label of period.surveyPeriods) {
      const table = await indexTable(ctx, actor, {
        questionnaire: code,
        period: label,
        scopePath: scope.path,
      });
      const units = table.units.filter((u) => u.responses > 0);
      if (units.length === 0) continue;
      const withIndex = units.filter((u) => u.overall.index !== null);
      out.push({
        questionnaire: code,
        title: version.title,
        period: label,
        criteria: version.definition.criteria.map((c) => ({ code: c.code, title: c.title })),
        minSample: table.minSample,
        units: units.map((u) => ({
          code: u.unit,
          name: u.name ?? u.unit,
          responses: u.responses,
          lowSample: u.lowSample,
          overall: u.overall.index,
          target: u.overall.target,
          rank: u.rank,
          rankOf: u.rankOf,
          criteria: u.criteria.map((c) => ({ code: c.code, index: c.index, target: c.target })),
        })),
        own: units.find((u) => u.unit === scope.code) ? scope.code : null,
        summary: {
          units: units.length,
          /** Unweighted mean of the units' overall indexes. */
          meanOverall:
            withIndex.length === 0
              ? null
              : withIndex.reduce((s, u) => s + u.overall.index!, 0) / withIndex.length,
          underTarget: withIndex.filter(
            (u) => u.overall.target !== null && u.overall.index! < u.overall.target,
          ).length,
        },
      });
    }
  }
  return out;
}

async function dossierFigures(ctx: AppContext, actor: Actor, unitCode: string, period: ReportPeriod) {
  const thisMonth = vnDate(ctx.now()).slice(0, 7);
  const months: ReportDossierMonth[] = [];
  for (const month of period.months.filter((m) => m <= thisMonth)) {
    const d = await dashboard(ctx, actor, unitCode, month);
    months.push({
      month,
      received: d.received,
      early: d.early,
      onTime: d.onTime,
      late: d.late,
      inProgress: d.inProgress,
      refused: d.refused,
      supplements: d.supplements,
      apologies: d.apologies,
      onTimeRate: d.onTimeRate,
    });
  }
  const sum = (k: 'received' | 'early' | 'onTime' | 'late' | 'refused' | 'supplements' | 'apologies') =>
    months.reduce((s, m) => s + m[k], 0);
  const early = sum('early');
  const onTime = sum('onTime');
  const late = sum('late');
  const finished = early + onTime + late;
  return {
    months,
    totals: {
      received: sum('received'),
      early,
      onTime,
      late,
      /** Open at the end of the last month counted. */
      inProgress: months.at(-1)?.inProgress ?? 0,
      refused: sum('refused'),
      supplements: sum('supplements'),
      apologies: sum('apologies'),
      onTimeRate: finished > 0 ? (100 * (early + onTime)) / finished : null,
    },
  };
}

export async function periodicReport(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode?: string; period: string },
) {
  authorize(actor, 'surveys.read');
  const period = parseReportPeriod(q.period);
  const unit = q.unitCode
    ? await requireUnit(ctx, actor, q.unitCode, 'surveys.read')
    : actor.kind === 'user'
      ? await requireUnit(ctx, actor, actor.unitCode, 'surveys.read')
      : null;
  if (!unit) throw validation('unitCode', 'Cần mã đơn vị của báo cáo.');
  const plans = await plansOverview(ctx, actor, unit.code);
  return {
    unit: { code: unit.code, name: unit.name },
    period,
    generatedOn: vnDate(ctx.now()),
    surveys: await surveyFigures(ctx, actor, unit, period),
    dossiers: await dossierFigures(ctx, actor, unit.code, period),
    feedback: await feedbackFiguresOf(ctx, actor, unit.code, period.surveyPeriods),
    plans: {
      totals: plans.totals,
      plans: plans.plans.map(presentReportPlan),
    },
  };
}
export type PeriodicReport = Awaited<ReturnType<typeof periodicReport>>;

export async function periodicReportFile(
  ctx: AppContext,
  actor: Actor,
  q: { unitCode?: string; period: string },
  format: 'docx' | 'xlsx',
) {
  const report = await periodicReport(ctx, actor, q);
  const unit = await requireUnit(ctx, actor, report.unit.code, 'surveys.read');
  const name = `bao-cao-${report.unit.code}-${report.period.label}.${format}`;
  if (format === 'xlsx')
    return { bytes: await buildXlsx(reportSheets(report)), mime: XLSX_MIME, fileName: name };
  const agency = await agencyFor(ctx, unit);
  return { bytes: await buildDocx(reportDocument(report, agency)), mime: DOCX_MIME, fileName: name };
}
