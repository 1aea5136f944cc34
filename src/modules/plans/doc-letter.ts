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
import {
  achievement,
  figureWithVerdict,
  lowerFirst,
  partnerPhrase,
  pct,
  sentence,
  verdict,
} from './wording.ts';

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
      /** Who signed the decision: the committee (default) or its Chairman ("của Chủ tịch UBND …"). */
      signedBy?: 'committee' | 'chairman';
    }
  | {
      kind: 'computed';
      /** Vietnam date the index was computed, "YYYY-MM-DD". */
      computedOn: string;
    };

/** Another decision the letter cites beside the publication's (seed 003 cites 1069 and 1081). */
export interface CitedDecision {
  /** "1069/QĐ-UBND". */
  number: string;
  /** "YYYY-MM-DD", or null when unknown. */
  date: string | null;
  /** "UBND thành phố Nha Trang". */
  issuer: string;
  /** "committee" (default) or "chairman": a Chairman's decision is cited "của Chủ tịch UBND …". */
  signedBy?: 'committee' | 'chairman';
  /** After "về việc": "phê duyệt kết quả xác định Chỉ số hài lòng …". */
  about: string;
}

/**
 * A body the letter addresses besides the unit's own staff (seed 003: the health station, the
 * military command, the police, the Fatherland Front). Configured per province in
 * data/letters/bodies.json; "{area}" stands for "phường Phương Sài", "{self}" for "UBND phường
 * Phương Sài", "{period}" and "{next}" for "năm 2022" and "năm 2023".
 */
export interface LetterBodySpec {
  role: string;
  /** The "Kính gửi:" line. */
  recipient: string;
  /** The section heading, numbered by the letter. */
  heading: string;
  /** Default requests to the body; an empty list leaves the section to its figures, if any. */
  tasks: string[];
  /** Place in "Kính gửi:" (seed 003 lists the Front first, the sections last); list order if absent. */
  recipientOrder?: number;
}

/** A body's own index (the health station's), shown in its section. */
export interface BodyFigure {
  name: string;
  index: number | null;
  target: number | null;
  rank: number | null;
  rankOf: number;
  peerGroup: string | null;
  /** The target set for the next period, when already set. */
  nextTarget?: number | null;
}

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
  /** Other decisions cited with the publication's, in date order. */
  decisions?: CitedDecision[];
  /** Targets already set for the next period: overall and by criterion code. */
  nextTargets?: { overall?: number | null; criteria?: Record<string, number | null> };
  /** The bodies addressed (per province); none: the unit's own staff only. */
  bodies?: LetterBodySpec[];
  /** Figures of the bodies that have their own index, by role. */
  bodyFigures?: Record<string, BodyFigure>;
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

/** The bodies whose section is present: they have default tasks or figures of their own. */
function presentBodies(data: Pick<LetterData, 'bodies' | 'bodyFigures'>): LetterBodySpec[] {
  return (data.bodies ?? []).filter((b) => b.tasks.length > 0 || data.bodyFigures?.[b.role] !== undefined);
}

export function letterSlots(
  data: Pick<LetterData, 'questionnaire'> & Partial<Pick<LetterData, 'bodies' | 'bodyFigures'>>,
): string[] {
  return [
    'basis',
    'purpose',
    'request',
    ...data.questionnaire.criteria.map((c) => `criterion.${c.code}`),
    ...presentBodies(data).map((b) => `body.${b.role}`),
    'closing',
  ];
}

/** "Quyết định số 1069/QĐ-UBND ngày 23/3/2023 của Chủ tịch UBND thành phố Nha Trang về việc …". */
function decisionPhrase(d: CitedDecision, sameIssuerAsPrevious: boolean): string {
  const on = d.date ? ` ngày ${referenceDate(d.date)}` : '';
  const by = sameIssuerAsPrevious
    ? ''
    : ` của ${d.signedBy === 'chairman' ? `Chủ tịch ${d.issuer}` : d.issuer}`;
  return `Quyết định số ${d.number}${on}${by} về việc ${lowerFirst(d.about)}`;
}

function citedDecisions(data: LetterData): CitedDecision[] {
  const s = data.source;
  const all: CitedDecision[] = [];
  if (s.kind === 'publication' && s.decisionNumber) {
    all.push({
      number: s.decisionNumber,
      date: s.publishedOn,
      issuer: s.scopeName,
      ...(s.signedBy ? { signedBy: s.signedBy } : {}),
      about: `phê duyệt và công bố ${lowerFirst(s.title)}`,
    });
  }
  for (const d of data.decisions ?? []) {
    if (!all.some((a) => a.number === d.number)) all.push(d);
  }
  // Stable: undated decisions keep their place after the dated ones before them.
  return all
    .map((d, i) => ({ d, i }))
    .sort((x, y) => (x.d.date && y.d.date ? x.d.date.localeCompare(y.d.date) : 0) || x.i - y.i)
    .map(({ d }) => d);
}

function basisLine(data: LetterData): string {
  const s = data.source;
  const period = periodText(data.period);
  const decisions = citedDecisions(data);
  if (s.kind === 'computed') {
    const also =
      decisions.length > 0 ? ` và ${decisions.map((d) => decisionPhrase(d, false)).join(', ')}` : '';
    return `Căn cứ kết quả khảo sát, đo lường sự hài lòng của tổ chức, cá nhân ${period} theo ${data.questionnaire.title} (số liệu tính đến ngày ${referenceDate(s.computedOn)}, chưa được công bố chính thức)${also};`;
  }
  if (decisions.length > 0) {
    const phrases = decisions.map((d, i) => {
      const prev = decisions[i - 1];
      return decisionPhrase(
        d,
        prev !== undefined && prev.issuer === d.issuer && prev.signedBy === d.signedBy,
      );
    });
    return `Căn cứ ${phrases.join(' và ')};`;
  }
  const state =
    s.status === 'published' && s.publishedOn
      ? `công bố ngày ${referenceDate(s.publishedOn)}`
      : s.status === 'approved'
        ? 'đã được duyệt, chưa công bố'
        : 'bản nháp, chưa được duyệt';
  return `Căn cứ ${s.title} của ${s.scopeName} (${state});`;
}

/**
 * The measures of a criterion as sentences: one per responsible body and partners, its tasks joined
 * ("Giao X chủ trì, phối hợp các bộ phận chuyên môn: a; b."), so no "phối hợp …" is said twice and
 * no task twice.
 */
function measureLines(measures: MeasureText[]): string[] {
  const groups = new Map<string, { responsible: string; partners: string; tasks: string[] }>();
  for (const m of measures) {
    const responsible = m.responsible.trim();
    const partners = m.partners.trim();
    const key = `${responsible}\u0000${partners}`;
    const group = groups.get(key) ?? { responsible, partners, tasks: [] };
    groups.set(key, group);
    const task = lowerFirst(m.task).replace(/[.;]+$/, '');
    if (!group.tasks.includes(task)) group.tasks.push(task);
  }
  return [...groups.values()].map((g) => {
    const partners = g.partners ? ` chủ trì, phối hợp ${partnerPhrase(g.partners)}` : '';
    const tasks = g.tasks.length === 1 ? ` ${g.tasks[0]}` : `: ${g.tasks.join('; ')}`;
    return sentence(`Giao ${g.responsible}${partners}${tasks}`);
  });
}

function fill(template: string, data: LetterData): string {
  return template
    .replaceAll('{area}', data.agency.area)
    .replaceAll('{self}', data.agency.selfName)
    .replaceAll('{period}', periodText(data.period))
    .replaceAll('{next}', nextPeriodText(data.period));
}

/** The unit's desk as "Kính gửi" names it: its heading's desk on the letter's date, with the area. */
function deskRecipient(a: Agency): string {
  const desk = a.deskName?.trim() || 'Bộ phận Tiếp nhận và Trả kết quả';
  return desk.includes(a.area) ? desk : `${desk} ${a.area}`;
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
  // A measure the library gives for two criteria is written once, then referred to.
  const said = new Map<string, string>();
  for (const criterion of data.result.criteria) {
    const state = achievement(criterion.index, criterion.target);
    const measures = data.measures[criterion.code] ?? [];
    let lines: string[];
    // Each sentence names its criterion: the same request under two criteria would read twice.
    if (state === 'chua_dat') {
      lines =
        measures.length > 0
          ? measureLines(measures).map((line) => {
              const first = said.get(line);
              if (first === undefined) {
                said.set(line, criterion.title);
                return line;
              }
              return `Nhiệm vụ đã giao tại tiêu chí ${first} (“${line.replace(/\.$/, '')}”) cũng nhằm cải thiện tiêu chí ${criterion.title}.`;
            })
          : [
              `Yêu cầu các bộ phận liên quan phân tích nguyên nhân, đề ra và thực hiện biện pháp khắc phục những hạn chế của tiêu chí ${criterion.title}.`,
            ];
    } else if (state === 'khong_co_so_lieu') {
      lines = [
        `Đề nghị tăng cường khảo sát để có số liệu đánh giá tiêu chí ${criterion.title} trong kỳ tới.`,
      ];
    } else {
      lines = [
        `Đề nghị cán bộ, công chức, người hoạt động không chuyên trách tiếp tục phát huy kết quả đạt được, duy trì các biện pháp đã thực hiện đối với tiêu chí ${criterion.title}.`,
      ];
    }
    paragraphs[`criterion.${criterion.code}`] = lines;
  }
  const isCommittee = a.short === 'UBND';
  const bodies = isCommittee ? presentBodies(data) : [];
  for (const b of bodies) paragraphs[`body.${b.role}`] = b.tasks.map((t) => fill(t, data));
  const configured = isCommittee && data.bodies !== undefined;
  return {
    parentAgency: a.parentAgency,
    issuingAgency: a.issuingAgency,
    place: a.place,
    symbol: a.letterSymbol,
    subject: `triển khai, công bố Chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của ${a.selfName} ${period}`,
    recipients: configured
      ? [
          ...bodies
            .map((b, i) => ({ b, i }))
            .sort((x, y) => (x.b.recipientOrder ?? x.i) - (y.b.recipientOrder ?? y.i) || x.i - y.i)
            .map(({ b }) => fill(b.recipient, data)),
          `Cán bộ, công chức, người hoạt động không chuyên trách ${a.area}`,
        ]
      : isCommittee
        ? [
            `Ủy ban MTTQ Việt Nam và các đoàn thể ${a.area}`,
            deskRecipient(a),
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

/** Seed 003's assessment: first the criteria that met their target (praised), then the weak ones. */
function summaryLines(data: LetterData): string[] {
  const under = data.result.criteria.filter((c) => achievement(c.index, c.target) === 'chua_dat');
  const met = data.result.criteria.filter((c) => {
    const a = achievement(c.index, c.target);
    return a === 'dat' || a === 'vuot';
  });
  const withTarget = data.result.criteria.filter((c) => c.target !== null && c.index !== null);
  if (withTarget.length === 0) return [];
  if (under.length === 0) return [`Tất cả ${withTarget.length} tiêu chí đều đạt hoặc vượt chỉ tiêu giao.`];
  const lines: string[] = [];
  if (met.length > 0) {
    lines.push(
      `${data.agency.selfName} ghi nhận kết quả đạt được ở ${met.length} tiêu chí đạt, vượt chỉ tiêu giao: ${met
        .map((c) => `${c.title} (${pct(c.index!)})`)
        .join('; ')}.`,
    );
  }
  lines.push(
    `Có ${under.length}/${data.result.criteria.length} tiêu chí chưa đạt chỉ tiêu giao: ${under.map((c) => c.title).join('; ')}.`,
  );
  return lines;
}

/** "Phấn đấu năm 2023 tiêu chí X đạt từ 84,00% trở lên (chỉ tiêu giao năm 2023)." */
function nextTargetLine(data: LetterData, what: string, target: number | null | undefined): string | null {
  if (target === null || target === undefined) return null;
  const next = nextPeriodText(data.period);
  return `Phấn đấu ${next} ${what} đạt từ ${pct(target)} trở lên (chỉ tiêu giao ${next}).`;
}

function bodyFigureLine(data: LetterData, f: BodyFigure): string {
  const period = periodText(data.period);
  if (f.index === null) return `Trong ${period}, ${f.name} chưa có số liệu chỉ số hài lòng.`;
  const rank = f.rank !== null ? `, xếp thứ ${f.rank}/${f.rankOf} ${peerGroupLabel(f.peerGroup)}` : '';
  return `Trong ${period}, chỉ số hài lòng chung của ${f.name} đạt ${pct(f.index)}${rank}, ${verdict(f.index, f.target)}.`;
}

export function letterBody(data: LetterData, text: DocumentText): Block[] {
  const period = periodText(data.period);
  const blocks: Block[] = [...slotBlocks(text, 'basis'), ...slotBlocks(text, 'purpose')];
  blocks.push({ type: 'heading', text: `1. Kết quả Chỉ số hài lòng ${period}` });
  blocks.push(fixed(overallLine(data)));
  const overallNext = nextTargetLine(data, 'Chỉ số hài lòng chung', data.nextTargets?.overall);
  if (overallNext) blocks.push(fixed(overallNext));
  for (const line of summaryLines(data)) blocks.push(fixed(line));
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
    const next = nextTargetLine(
      data,
      `tiêu chí ${criterion.title}`,
      data.nextTargets?.criteria?.[criterion.code],
    );
    if (next) blocks.push(fixed(next));
    blocks.push(...slotBlocks(text, `criterion.${criterion.code}`));
  }
  let section = 3;
  if (data.agency.short === 'UBND') {
    for (const body of presentBodies(data)) {
      const figure = data.bodyFigures?.[body.role];
      const lines = slotBlocks(text, `body.${body.role}`);
      // A section only when the body has figures or something is asked of it.
      if (!figure && lines.length === 0) continue;
      blocks.push({ type: 'heading', text: `${section}. ${fill(body.heading, data)}` });
      section += 1;
      if (figure) {
        blocks.push(fixed(bodyFigureLine(data, figure)));
        const next = nextTargetLine(data, `chỉ số hài lòng chung của ${figure.name}`, figure.nextTarget);
        if (next) blocks.push(fixed(next));
      }
      blocks.push(...lines);
    }
  }
  blocks.push({ type: 'heading', text: `${section}. Tổ chức thực hiện` });
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
