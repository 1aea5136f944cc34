/**
 * The follow-up letter (công văn) of seed 003, generated (pure): a unit passes its satisfaction
 * results to its own staff and bodies and says, criterion by criterion, what must be done.
 *
 * Generated and locked: the overall index with its rank and verdict, and for each criterion its
 * title (verbatim from the questionnaire), its index, the verdict against its target and, where the
 * criterion is under target, the answer distribution of its weakest question. Editable (slots): the
 * legal basis, the purpose, the request line, the measures under each criterion (proposed from the
 * measures library), and the closing. Wording of the verdicts: see wording.ts.
 */
import type { Block, OfficialDocument } from '../../documents/index.ts';
import type { UnitResult } from '../surveys/index/index-engine.ts';
import { formatPeriodVi, parsePeriod } from '../surveys/index/period.ts';
import type { Questionnaire } from '../surveys/questionnaires/questionnaire.ts';
import type { Agency } from './agency.ts';
import { type DocumentText, fixed, referenceDate, slotBlocks } from './doc-text.ts';
import { planWindow } from './task-due.ts';
import { achievement, figureWithVerdict, lowerFirst, pct, sentence, verdict } from './wording.ts';

export interface MeasureText {
  task: string;
  responsible: string;
  partners: string;
}

export type IndexSourceInfo =
  | {
      kind: 'publication';
      id: number;
      title: string;
      status: 'draft' | 'approved' | 'published';
      decisionNumber: string | null;
      /** Vietnam date of publication, "YYYY-MM-DD". */
      publishedOn: string | null;
      scopeName: string;
    }
  | {
      kind: 'computed';
      /** Vietnam date the index was computed, "YYYY-MM-DD". */
      computedOn: string;
    };

export interface LetterData {
  unit: { code: string; name: string };
  agency: Agency;
  questionnaire: Pick<Questionnaire, 'code' | 'title' | 'criteria'>;
  /** The index period: "2025", "2025-Q3", "2025-07". */
  period: string;
  /** The unit's row of the index table; targets already overridden when the caller asked to. */
  result: UnitResult;
  minSample: number;
  source: IndexSourceInfo;
  /** Active measures of the library, by criterion code. */
  measures: Record<string, MeasureText[]>;
  /** Issue date: "YYYY-MM-DD", or "YYYY-MM" leaving the day for the clerk. */
  date: string;
}

export function periodText(label: string): string {
  const parsed = parsePeriod(label);
  return parsed.ok ? formatPeriodVi(parsed.period) : label;
}

/** "năm 2026" for the period after "2025": when the plan and the letter's requests apply. */
export function nextPeriodText(label: string): string {
  try {
    return periodText(planWindow(label).label);
  } catch {
    return 'kỳ tới';
  }
}

const PEER_GROUPS: Record<string, string> = {
  commune: 'UBND cấp xã',
  health_station: 'trạm y tế',
  district: 'cấp huyện',
  department: 'sở, ngành',
  province: 'cấp tỉnh',
};

export function peerGroupLabel(group: string | null): string {
  if (group === null) return 'đơn vị';
  return PEER_GROUPS[group] ?? group;
}

export function letterSlots(data: Pick<LetterData, 'questionnaire'>): string[] {
  return [
    'basis',
    'purpose',
    'request',
    ...data.questionnaire.criteria.map((c) => `criterion.${c.code}`),
    'closing',
  ];
}

function basisLine(data: LetterData): string {
  const s = data.source;
  const period = periodText(data.period);
  if (s.kind === 'computed') {
    return `Căn cứ kết quả khảo sát, đo lường sự hài lòng của tổ chức, cá nhân ${period} theo ${data.questionnaire.title} (số liệu tính đến ngày ${referenceDate(s.computedOn)}, chưa được công bố chính thức);`;
  }
  if (s.decisionNumber) {
    const on = s.publishedOn ? ` ngày ${referenceDate(s.publishedOn)}` : '';
    return `Căn cứ Quyết định số ${s.decisionNumber}${on} của ${s.scopeName} về việc phê duyệt và công bố ${lowerFirst(s.title)};`;
  }
  const state =
    s.status === 'published' && s.publishedOn
      ? `công bố ngày ${referenceDate(s.publishedOn)}`
      : s.status === 'approved'
        ? 'đã được duyệt, chưa công bố'
        : 'bản nháp, chưa được duyệt';
  return `Căn cứ ${s.title} của ${s.scopeName} (${state});`;
}

function measureLine(m: MeasureText): string {
  const partners = m.partners.trim() ? ` chủ trì, phối hợp ${m.partners.trim()}` : '';
  return sentence(`Giao ${m.responsible.trim()}${partners} ${lowerFirst(m.task)}`);
}

/** The generated text the officer starts from. */
export function defaultLetterText(data: LetterData): DocumentText {
  const a = data.agency;
  const period = periodText(data.period);
  const next = nextPeriodText(data.period);
  const paragraphs: Record<string, string[]> = {
    basis: [basisLine(data)],
    purpose: [
      `Nhằm khắc phục những hạn chế, thiếu sót ${period}, nâng cao chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của ${a.selfName} trong ${next}.`,
    ],
    request: [
      `${a.selfName} yêu cầu Thủ trưởng các bộ phận, cán bộ, công chức, người hoạt động không chuyên trách nghiêm túc thực hiện các nội dung sau:`,
    ],
    closing: [
      `Yêu cầu Thủ trưởng các bộ phận, cán bộ, công chức nghiêm túc triển khai thực hiện; định kỳ hằng quý báo cáo kết quả về ${a.selfName} (qua Văn phòng) để tổng hợp, theo dõi./.`,
    ],
  };
  for (const criterion of data.result.criteria) {
    const state = achievement(criterion.index, criterion.target);
    const measures = data.measures[criterion.code] ?? [];
    let lines: string[];
    if (state === 'chua_dat') {
      lines =
        measures.length > 0
          ? measures.map(measureLine)
          : [
              'Yêu cầu các bộ phận liên quan phân tích nguyên nhân, đề ra và thực hiện biện pháp khắc phục những hạn chế của tiêu chí này.',
            ];
    } else if (state === 'khong_co_so_lieu') {
      lines = ['Đề nghị tăng cường khảo sát để có số liệu đánh giá tiêu chí này trong kỳ tới.'];
    } else {
      lines = [
        'Đề nghị cán bộ, công chức, người hoạt động không chuyên trách tiếp tục phát huy kết quả đạt được, duy trì các biện pháp đã thực hiện đối với tiêu chí này.',
      ];
    }
    paragraphs[`criterion.${criterion.code}`] = lines;
  }
  const isCommittee = a.short === 'UBND';
  return {
    parentAgency: a.parentAgency,
    issuingAgency: a.issuingAgency,
    place: a.place,
    symbol: a.letterSymbol,
    subject: `triển khai, công bố Chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của ${a.selfName} ${period}`,
    recipients: isCommittee
      ? [
          `Ủy ban MTTQ Việt Nam và các đoàn thể ${a.area}`,
          `Bộ phận Tiếp nhận và Trả kết quả ${a.area}`,
          `Cán bộ, công chức, người hoạt động không chuyên trách ${a.area}`,
        ]
      : [`Các bộ phận thuộc ${a.selfName}`, `Cán bộ, công chức, viên chức ${a.selfName}`],
    signature: a.signature,
    distribution: isCommittee
      ? ['Như trên', `Đảng ủy, HĐND ${a.area}`, `Thường trực UBND ${a.area}`]
      : ['Như trên', `Lãnh đạo ${a.selfName}`],
    archive: 'VT, VP',
    paragraphs,
  };
}

/** "50,00% người trả lời chọn "Có", 50,00% chọn "Không"" for the weakest question of a criterion. */
function distributionLine(data: LetterData, criterionCode: string): string | null {
  const definition = data.questionnaire.criteria.find((c) => c.code === criterionCode);
  const result = data.result.criteria.find((c) => c.code === criterionCode);
  if (!definition || !result) return null;
  const scored = result.questions.filter((q) => q.index !== null && q.answered > 0);
  if (scored.length === 0) return null;
  const weakest = scored.reduce((w, q) => (q.index! < w.index! ? q : w));
  const question = definition.questions.find((q) => q.code === weakest.code);
  if (!question) return null;
  const options = question.options
    .filter((o) => o.score !== null && weakest.distribution[String(o.value)] !== undefined)
    // Best first; options scored alike (two "not satisfied" levels) by the scale, higher first.
    .sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || y.value - x.value);
  if (options.length === 0) return null;
  const parts = options.map(
    (o, i) =>
      `${pct(weakest.distribution[String(o.value)]!)}${i === 0 ? ' người trả lời chọn' : ''} “${o.label}”`,
  );
  return `Ở nội dung “${question.text.replace(/[?.:]+$/, '')}”, ${parts.join(', ')} (${weakest.answered} câu trả lời có ý kiến).`;
}

function overallLine(data: LetterData): string {
  const r = data.result;
  const o = r.overall;
  const period = periodText(data.period);
  if (o.index === null) {
    return `Chỉ số hài lòng chung của ${data.agency.selfName} ${period}: chưa có số liệu.`;
  }
  const rank =
    r.rank !== null ? `, xếp thứ ${r.rank}/${r.rankOf} trong nhóm ${peerGroupLabel(r.peerGroup)}` : '';
  return `Chỉ số hài lòng chung của ${data.agency.selfName} ${period} đạt ${pct(o.index)} (${r.responses} phiếu khảo sát)${rank}, ${verdict(o.index, o.target)}.`;
}

function summaryLine(data: LetterData): string | null {
  const under = data.result.criteria.filter((c) => achievement(c.index, c.target) === 'chua_dat');
  const withTarget = data.result.criteria.filter((c) => c.target !== null && c.index !== null);
  if (withTarget.length === 0) return null;
  if (under.length === 0) return `Tất cả ${withTarget.length} tiêu chí đều đạt hoặc vượt chỉ tiêu giao.`;
  return `Có ${under.length}/${data.result.criteria.length} tiêu chí chưa đạt chỉ tiêu giao: ${under.map((c) => c.title).join('; ')}.`;
}

export function letterBody(data: LetterData, text: DocumentText): Block[] {
  const period = periodText(data.period);
  const blocks: Block[] = [...slotBlocks(text, 'basis'), ...slotBlocks(text, 'purpose')];
  blocks.push({ type: 'heading', text: `1. Kết quả Chỉ số hài lòng ${period}` });
  blocks.push(fixed(overallLine(data)));
  const summary = summaryLine(data);
  if (summary) blocks.push(fixed(summary));
  if (data.result.lowSample) {
    blocks.push(
      fixed(
        `Số phiếu khảo sát của đơn vị (${data.result.responses}) dưới mức tối thiểu ${data.minSample} phiếu: kết quả có độ tin cậy thấp, chỉ dùng để tham khảo.`,
        { italic: true },
      ),
    );
  }
  blocks.push(...slotBlocks(text, 'request'));
  blocks.push({ type: 'heading', text: '2. Nhiệm vụ, giải pháp theo từng tiêu chí' });
  for (const criterion of data.result.criteria) {
    blocks.push({ type: 'item', italic: true, text: `Đối với tiêu chí ${criterion.title}` });
    blocks.push(
      fixed(
        `Trong ${period}, ${data.agency.selfName} ${figureWithVerdict(criterion.index, criterion.target)}.`,
      ),
    );
    if (achievement(criterion.index, criterion.target) === 'chua_dat') {
      const line = distributionLine(data, criterion.code);
      if (line) blocks.push(fixed(line));
    }
    blocks.push(...slotBlocks(text, `criterion.${criterion.code}`));
  }
  blocks.push({ type: 'heading', text: '3. Tổ chức thực hiện' });
  blocks.push(...slotBlocks(text, 'closing'));
  return blocks;
}

/** The letter as the model the builders render; `number` only once issued. */
export function letterDocument(
  data: LetterData,
  text: DocumentText,
  issued?: { number: number; date: string },
): OfficialDocument {
  return {
    kind: 'cong-van',
    parentAgency: text.parentAgency,
    issuingAgency: text.issuingAgency,
    ...(issued ? { number: issued.number } : {}),
    symbol: text.symbol,
    place: text.place,
    date: issued?.date ?? data.date,
    subject: text.subject,
    recipients: text.recipients,
    body: letterBody(data, text),
    signature: text.signature,
    distribution: text.distribution,
    archive: text.archive,
  };
}
