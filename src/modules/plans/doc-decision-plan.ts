/**
 * The improvement plan issued by a decision, laid out like seed 004 (pure): the decision, the plan
 * attached with the same heading, and the task table as a landscape annex with the six columns TT |
 * Nhiệm vụ | Thời gian hoàn thành | Trách nhiệm thực hiện | Sản phẩm/hoạt động | Đơn vị phối hợp.
 * The annex rows come from the plan's tasks and cannot be edited here (edit the tasks); "Điều 1"
 * is generated; everything else is in editable slots.
 */

import { PLAN_TASK_COLUMNS } from '../../documents/fixtures/seed-004-quyet-dinh.ts';
import { type Block, documentReference, type OfficialDocument } from '../../documents/index.ts';
import type { Agency } from './agency.ts';
import { periodText } from './doc-letter.ts';
import { type DocumentText, decisionDocument, fixed, slotBlocks } from './doc-text.ts';
import { sentence } from './wording.ts';

export { PLAN_TASK_COLUMNS };

export interface PlanTaskRow {
  position: number;
  criterionCode: string | null;
  task: string;
  dueLabel: string;
  responsible: string;
  product: string;
  partners: string;
}

export interface DecisionPlanData {
  unit: { code: string; name: string };
  agency: Agency;
  plan: { id: number; title: string; period: string; windowLabel: string };
  /** Titles of the criteria the tasks address, verbatim, in questionnaire order. */
  criteria: { code: string; title: string }[];
  tasks: PlanTaskRow[];
  date: string;
}

export const DECISION_PLAN_SLOTS = [
  'authority',
  'basis',
  'articles',
  'purpose',
  'solutions',
  'funding',
  'organisation',
];

function planName(data: DecisionPlanData): string {
  return `thực hiện giải pháp nâng cao chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của ${data.agency.selfName} ${periodText(data.plan.windowLabel)}`;
}

export function defaultDecisionPlanText(data: DecisionPlanData): DocumentText {
  const a = data.agency;
  const period = periodText(data.plan.period);
  const window = periodText(data.plan.windowLabel);
  const weak = data.criteria.map((c) => c.title);
  const ordered = [...data.tasks].sort((x, y) => x.position - y.position);
  const solutions = [...new Set(ordered.map((t) => t.task.trim()))].map((t, i) => `${i + 1}. ${sentence(t)}`);
  return {
    parentAgency: a.parentAgency,
    issuingAgency: a.issuingAgency,
    place: a.place,
    symbol: a.decisionSymbol,
    subject: `Ban hành Kế hoạch ${planName(data)}`,
    recipients: [],
    signature: a.signature,
    distribution: ['Như Điều 3', 'Lãnh đạo đơn vị'],
    archive: 'VT, VP',
    paragraphs: {
      authority: [a.authorityLine],
      basis: [
        `Căn cứ kết quả Chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của ${a.selfName} ${period};`,
        'Xét đề nghị của công chức Văn phòng.',
      ],
      articles: [
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
        `Điều 3. Các bộ phận, cán bộ, công chức có tên tại Kế hoạch chịu trách nhiệm thi hành Quyết định này./.`,
      ],
      purpose: [
        weak.length > 0
          ? `1. Khắc phục những hạn chế của ${period} đối với các tiêu chí chưa đạt chỉ tiêu: ${weak.join('; ')}.`
          : `1. Duy trì và nâng cao kết quả đạt được ${period}.`,
        `2. Nâng cao tinh thần trách nhiệm, thái độ phục vụ của cán bộ, công chức; phấn đấu đạt và vượt chỉ tiêu Chỉ số hài lòng được giao ${window}.`,
      ],
      solutions,
      funding: [`Kinh phí thực hiện được bố trí trong dự toán chi ngân sách ${window} của ${a.selfName}.`],
      organisation: [
        '# 1. Văn phòng',
        'Làm đầu mối tham mưu tổ chức thực hiện Kế hoạch này; theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo định kỳ hằng quý.',
        '# 2. Các bộ phận, cán bộ, công chức',
        'Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động triển khai thực hiện, cập nhật tiến độ và minh chứng kết quả thực hiện.',
        `Trên đây là Kế hoạch ${planName(data)}./.`,
      ],
    },
  };
}

export function planAnnexRows(tasks: PlanTaskRow[]): string[][] {
  return [...tasks]
    .sort((x, y) => x.position - y.position)
    .map((t, i) => [
      String(i + 1).padStart(2, '0'),
      t.task,
      t.dueLabel,
      t.responsible,
      t.product,
      t.partners,
    ]);
}

export function decisionPlanDocument(
  data: DecisionPlanData,
  text: DocumentText,
  issued?: { number: number; date: string },
): OfficialDocument {
  const date = issued?.date ?? data.date;
  const reference = documentReference({
    kind: 'quyet-dinh',
    number: issued?.number,
    symbol: text.symbol,
    date,
  });
  const name = planName(data);
  const body: Block[] = [
    ...slotBlocks(text, 'authority').map((b) =>
      b.type === 'paragraph' ? { ...b, align: 'center' as const, bold: true, indent: false } : b,
    ),
    ...slotBlocks(text, 'basis', { italic: true }),
    fixed('QUYẾT ĐỊNH:', { align: 'center', bold: true }),
    fixed([{ text: 'Điều 1.', bold: true }, ` Ban hành kèm theo Quyết định này Kế hoạch ${name}.`]),
    ...slotBlocks(text, 'articles'),
  ];
  const plan: Block[] = [
    { type: 'heading', text: 'I. MỤC ĐÍCH' },
    ...slotBlocks(text, 'purpose'),
    { type: 'heading', text: 'II. CÁC GIẢI PHÁP' },
    ...slotBlocks(text, 'solutions'),
    { type: 'heading', text: 'III. NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN' },
    fixed(`(Theo phụ lục chi tiết đính kèm: ${data.tasks.length} nhiệm vụ).`, { italic: true }),
    { type: 'heading', text: 'IV. KINH PHÍ THỰC HIỆN' },
    ...slotBlocks(text, 'funding'),
    { type: 'heading', text: 'V. TỔ CHỨC THỰC HIỆN' },
    ...slotBlocks(text, 'organisation'),
  ];
  return decisionDocument(text, issued, date, body, [
    {
      title: 'KẾ HOẠCH',
      subtitle: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
      note: `(Ban hành kèm theo ${reference} của ${data.agency.selfName})`,
      withHeader: true,
      body: plan,
      signature: text.signature,
    },
    {
      title: 'PHỤ LỤC',
      subtitle: 'NHIỆM VỤ CỤ THỂ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN',
      note: `(Kèm theo Kế hoạch ${name})`,
      orientation: 'landscape',
      body: [{ type: 'table', columns: PLAN_TASK_COLUMNS, rows: planAnnexRows(data.tasks) }],
    },
  ]);
}
