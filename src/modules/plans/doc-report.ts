/**
 * A periodic report as an NĐ 30 "BÁO CÁO" and as a workbook (pure). Figures are printed with two
 * decimals and a decimal comma; the workbook keeps numbers as numbers (percent cells hold fractions).
 */
import type { Block, OfficialDocument, TableBlock, XlsxSheet } from '../../documents/index.ts';
import { formatNumberVi } from '../../lib/format.ts';
import type { Agency } from './agency.ts';
import { periodText } from './doc-letter.ts';
import type { PeriodicReport } from './reports.service.ts';
import { pct, verdict } from './wording.ts';

const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatNumberVi(x, 2));
const share = (x: number | null) => (x === null ? '—' : pct(100 * x));

function table(columns: [string, number, ('left' | 'center')?][], rows: string[][]): TableBlock {
  return {
    type: 'table',
    columns: columns.map(([title, width, align]) => ({ title, width, align: align ?? 'center' })),
    rows,
    fontSize: 11,
  };
}

function surveyBlocks(report: PeriodicReport): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: 'I. KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG' }];
  if (report.surveys.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: `Trong ${report.period.title} chưa có phiếu khảo sát nào của đơn vị.`,
    });
    return blocks;
  }
  report.surveys.forEach((s, i) => {
    blocks.push({ type: 'heading', text: `${i + 1}. ${s.title} (${periodText(s.period)})` });
    const own = s.own ? s.units.find((u) => u.code === s.own) : undefined;
    if (own && s.units.length === 1) {
      const rank = own.rank !== null ? `, xếp thứ ${own.rank}/${own.rankOf}` : '';
      blocks.push({
        type: 'paragraph',
        text: `Chỉ số hài lòng chung đạt ${own.overall === null ? '—' : pct(own.overall)} (${own.responses} phiếu)${rank}, ${verdict(own.overall, own.target)}.`,
      });
      blocks.push(
        table(
          [
            ['Tiêu chí', 46, 'left'],
            ['Chỉ số (%)', 14],
            ['Chỉ tiêu (%)', 14],
            ['Đánh giá', 26, 'left'],
          ],
          s.criteria.map((c) => {
            const r = own.criteria.find((k) => k.code === c.code);
            return [c.title, num(r?.index), num(r?.target), verdict(r?.index ?? null, r?.target ?? null)];
          }),
        ),
      );
      return;
    }
    blocks.push({
      type: 'paragraph',
      text: `${s.summary.units} đơn vị có số liệu; chỉ số hài lòng chung bình quân ${num(s.summary.meanOverall)}%; ${s.summary.underTarget} đơn vị chưa đạt chỉ tiêu giao.`,
    });
    blocks.push(
      table(
        [
          ['TT', 6],
          ['Đơn vị', 40, 'left'],
          ['Số phiếu', 12],
          ['Chỉ số chung (%)', 16],
          ['Chỉ tiêu (%)', 13],
          ['Xếp hạng', 13],
        ],
        s.units.map((u, n) => [
          String(n + 1).padStart(2, '0'),
          u.name,
          `${u.responses}${u.lowSample ? '*' : ''}`,
          num(u.overall),
          num(u.target),
          u.rank === null ? '—' : `${u.rank}/${u.rankOf}`,
        ]),
      ),
    );
    if (s.units.some((u) => u.lowSample)) {
      blocks.push({
        type: 'paragraph',
        italic: true,
        text: `(*) Dưới ${s.minSample} phiếu: kết quả có độ tin cậy thấp, chỉ dùng để tham khảo.`,
      });
    }
  });
  return blocks;
}

function dossierBlocks(report: PeriodicReport): Block[] {
  const d = report.dossiers;
  const t = d.totals;
  return [
    { type: 'heading', text: 'II. TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH' },
    {
      type: 'paragraph',
      text: `Tiếp nhận ${t.received} hồ sơ; đã giải quyết ${t.early + t.onTime + t.late} hồ sơ (trước hạn ${t.early}, đúng hạn ${t.onTime}, quá hạn ${t.late}); tỷ lệ giải quyết đúng hạn ${t.onTimeRate === null ? '—' : pct(t.onTimeRate)}; ${t.supplements} lần yêu cầu bổ sung, ${t.apologies} phiếu xin lỗi; từ chối ${t.refused} hồ sơ.`,
    },
    table(
      [
        ['Tháng', 14],
        ['Tiếp nhận', 14],
        ['Trước hạn', 14],
        ['Đúng hạn', 14],
        ['Quá hạn', 14],
        ['Đang giải quyết', 14],
        ['Tỷ lệ đúng hạn (%)', 16],
      ],
      d.months.map((m) => [
        `${Number(m.month.slice(5))}/${m.month.slice(0, 4)}`,
        String(m.received),
        String(m.early),
        String(m.onTime),
        String(m.late),
        String(m.inProgress),
        num(m.onTimeRate),
      ]),
    ),
  ];
}

function feedbackBlocks(report: PeriodicReport): Block[] {
  const f = report.feedback;
  const blocks: Block[] = [{ type: 'heading', text: 'III. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ' }];
  if (!f) {
    blocks.push({ type: 'paragraph', text: 'Chưa có số liệu phản ánh, kiến nghị.' });
    return blocks;
  }
  blocks.push({
    type: 'paragraph',
    text: `Tiếp nhận ${f.received} phản ánh, kiến nghị; đã trả lời ${f.answered} (đúng hạn ${f.answeredOnTime}, tỷ lệ ${share(f.onTimeShare)}); ${f.satisfied} lượt hài lòng, ${f.dissatisfied} lượt không hài lòng với câu trả lời (tỷ lệ hài lòng ${share(f.satisfiedShare)}); ${f.reopened} phản ánh được xử lý lại.`,
  });
  return blocks;
}

function planBlocks(report: PeriodicReport): Block[] {
  const { totals, plans } = report.plans;
  const blocks: Block[] = [{ type: 'heading', text: 'IV. THỰC HIỆN KẾ HOẠCH NÂNG CAO CHỈ SỐ HÀI LÒNG' }];
  if (plans.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Chưa có kế hoạch nâng cao chỉ số hài lòng.' });
    return blocks;
  }
  blocks.push({
    type: 'paragraph',
    text: `${totals.plans} kế hoạch của ${totals.units} đơn vị (${totals.issued} đã ban hành, ${totals.draft} dự thảo, ${totals.closed} đã kết thúc); ${totals.tasks.total} nhiệm vụ, đã hoàn thành ${totals.tasks.done}, quá hạn ${totals.tasks.overdue}; tiến độ bình quân ${num(totals.tasks.averageProgress)}%.`,
  });
  blocks.push(
    table(
      [
        ['TT', 5],
        ['Đơn vị', 25, 'left'],
        ['Kỳ thực hiện', 11],
        ['Trạng thái', 12],
        ['Nhiệm vụ', 10],
        ['Hoàn thành', 11],
        ['Quá hạn', 10],
        ['Tiến độ bình quân (%)', 16],
      ],
      plans.map((p, i) => [
        String(i + 1).padStart(2, '0'),
        p.unitName,
        periodText(p.window),
        p.statusName,
        String(p.tasks.total),
        String(p.tasks.done),
        String(p.tasks.overdue),
        num(p.tasks.averageProgress),
      ]),
    ),
  );
  return blocks;
}

export function reportDocument(report: PeriodicReport, agency: Agency): OfficialDocument {
  return {
    kind: 'bao-cao',
    parentAgency: agency.parentAgency,
    issuingAgency: agency.issuingAgency,
    symbol: agency.reportSymbol,
    place: agency.place,
    date: report.generatedOn.slice(0, 7),
    subject: `Kết quả đo lường sự hài lòng, giải quyết thủ tục hành chính và thực hiện kế hoạch nâng cao chỉ số hài lòng ${report.period.title} của ${report.unit.name}`,
    body: [
      {
        type: 'paragraph',
        italic: true,
        text: `Số liệu tổng hợp từ hệ thống đến ngày ${report.generatedOn.split('-').reverse().join('/')}.`,
      },
      ...surveyBlocks(report),
      ...dossierBlocks(report),
      ...feedbackBlocks(report),
      ...planBlocks(report),
    ],
    signature: agency.signature,
    distribution: agency.reportsTo ? [`${agency.reportsTo} (báo cáo)`] : [],
    archive: 'VT',
  };
}

export function reportSheets(report: PeriodicReport): XlsxSheet[] {
  const sheets: XlsxSheet[] = report.surveys.map((s) => ({
    name: `${s.questionnaire} ${s.period}`,
    title: `${s.title} — ${periodText(s.period)}`,
    columns: [
      { header: 'Mã đơn vị', key: 'code', width: 10 },
      { header: 'Đơn vị', key: 'name', width: 34 },
      { header: 'Số phiếu', key: 'responses', format: 'integer' as const, width: 10 },
      ...s.criteria.map((c) => ({
        header: c.title,
        key: `c_${c.code}`,
        format: 'percent' as const,
        width: 14,
      })),
      { header: 'Chỉ số chung', key: 'overall', format: 'percent' as const, width: 14 },
      { header: 'Chỉ tiêu', key: 'target', format: 'percent' as const, width: 10 },
      { header: 'Xếp hạng', key: 'rank', width: 10 },
    ],
    rows: s.units.map((u) => ({
      code: u.code,
      name: u.name,
      responses: u.responses,
      ...Object.fromEntries(u.criteria.map((c) => [`c_${c.code}`, c.index])),
      overall: u.overall,
      target: u.target,
      rank: u.rank === null ? '' : `${u.rank}/${u.rankOf}`,
    })),
  }));
  sheets.push({
    name: 'Hồ sơ một cửa',
    title: `Giải quyết hồ sơ thủ tục hành chính ${report.period.title}`,
    columns: [
      { header: 'Tháng', key: 'month', width: 10 },
      { header: 'Tiếp nhận', key: 'received', format: 'integer' },
      { header: 'Trước hạn', key: 'early', format: 'integer' },
      { header: 'Đúng hạn', key: 'onTime', format: 'integer' },
      { header: 'Quá hạn', key: 'late', format: 'integer' },
      { header: 'Đang giải quyết', key: 'inProgress', format: 'integer' },
      { header: 'Từ chối', key: 'refused', format: 'integer' },
      { header: 'Yêu cầu bổ sung', key: 'supplements', format: 'integer' },
      { header: 'Phiếu xin lỗi', key: 'apologies', format: 'integer' },
      { header: 'Tỷ lệ đúng hạn', key: 'onTimeRate', format: 'percent' },
    ],
    rows: [...report.dossiers.months.map((m) => ({ ...m })), { ...report.dossiers.totals, month: 'Cộng' }],
  });
  const f = report.feedback;
  sheets.push({
    name: 'Phản ánh kiến nghị',
    title: `Tiếp nhận, xử lý phản ánh, kiến nghị ${report.period.title}`,
    columns: [
      { header: 'Chỉ tiêu', key: 'label', width: 40 },
      { header: 'Giá trị', key: 'value', format: 'decimal', width: 14 },
    ],
    rows: f
      ? [
          { label: 'Tiếp nhận', value: f.received },
          { label: 'Đã trả lời', value: f.answered },
          { label: 'Trả lời đúng hạn', value: f.answeredOnTime },
          { label: 'Tỷ lệ trả lời đúng hạn (%)', value: f.onTimeShare === null ? null : 100 * f.onTimeShare },
          { label: 'Lượt hài lòng', value: f.satisfied },
          { label: 'Lượt không hài lòng', value: f.dissatisfied },
          { label: 'Tỷ lệ hài lòng (%)', value: f.satisfiedShare === null ? null : 100 * f.satisfiedShare },
          { label: 'Xử lý lại', value: f.reopened },
        ]
      : [{ label: 'Chưa có số liệu', value: null }],
  });
  sheets.push({
    name: 'Kế hoạch',
    title: `Thực hiện kế hoạch nâng cao chỉ số hài lòng (đến ngày ${report.generatedOn.split('-').reverse().join('/')})`,
    columns: [
      { header: 'Mã đơn vị', key: 'unitCode', width: 10 },
      { header: 'Đơn vị', key: 'unitName', width: 30 },
      { header: 'Kế hoạch', key: 'title', width: 50 },
      { header: 'Kỳ thực hiện', key: 'window', width: 12 },
      { header: 'Trạng thái', key: 'statusName', width: 14 },
      { header: 'Nhiệm vụ', key: 'total', format: 'integer' },
      { header: 'Hoàn thành', key: 'done', format: 'integer' },
      { header: 'Quá hạn', key: 'overdue', format: 'integer' },
      { header: 'Tiến độ bình quân', key: 'averageProgress', format: 'percent' },
    ],
    rows: report.plans.plans.map((p) => ({
      unitCode: p.unitCode,
      unitName: p.unitName,
      title: p.title,
      window: p.window,
      statusName: p.statusName,
      total: p.tasks.total,
      done: p.tasks.done,
      overdue: p.tasks.overdue,
      averageProgress: p.tasks.averageProgress,
    })),
  });
  return sheets;
}
