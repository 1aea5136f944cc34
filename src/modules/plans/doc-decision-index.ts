/**
 * The decision approving and publishing the index (Quyết định phê duyệt và công bố), with the
 * ranking table as its annex (pure). Generated and locked: "Điều 1" (what is approved, how many
 * units) and the annex table, straight from the frozen snapshot of the publication. Editable: the
 * signer's capacity line, the legal basis, the articles after the first.
 */
import {
  type Block,
  documentReference,
  type OfficialDocument,
  type TableBlock,
  type TableColumn,
} from '../../documents/index.ts';
import { formatNumberVi } from '../../lib/format.ts';
import type { IndexTable } from '../surveys/index/index.service.ts';
import type { UnitResult } from '../surveys/index/index-engine.ts';
import type { Agency } from './agency.ts';
import { peerGroupLabel, periodText } from './doc-letter.ts';
import { type DocumentText, decisionDocument, fixed, slotBlocks } from './doc-text.ts';
import { lowerFirst } from './wording.ts';

export interface DecisionIndexData {
  scope: { code: string; name: string };
  agency: Agency;
  publication: { id: number; title: string; period: string };
  questionnaire: { code: string; title: string; criteria: { code: string; title: string }[] };
  table: IndexTable;
  date: string;
}

export const DECISION_INDEX_SLOTS = ['authority', 'basis', 'articles'];

/** Criteria are named in full in the table header up to this many; beyond, by code with a legend. */
const FULL_TITLES_UP_TO = 6;

export function defaultDecisionIndexText(data: DecisionIndexData): DocumentText {
  const a = data.agency;
  const period = periodText(data.publication.period);
  return {
    parentAgency: a.parentAgency,
    issuingAgency: a.issuingAgency,
    place: a.place,
    symbol: a.decisionSymbol,
    subject: `Phê duyệt và công bố ${lowerFirst(data.publication.title)}`,
    recipients: [],
    signature: a.signature,
    distribution: ['Như Điều 3', 'Các đơn vị có tên tại Phụ lục'],
    archive: 'VT, NV',
    paragraphs: {
      authority: [a.authorityLine],
      basis: [
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
        `Căn cứ kết quả khảo sát, đo lường sự hài lòng của tổ chức, cá nhân ${period} theo ${data.questionnaire.title};`,
        'Xét đề nghị của Trưởng phòng Nội vụ.',
      ],
      articles: [
        'Điều 2. Thủ trưởng các đơn vị có chỉ số chưa đạt chỉ tiêu giao phân tích nguyên nhân, xây dựng và triển khai kế hoạch khắc phục, báo cáo kết quả thực hiện theo quy định.',
        `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Nội vụ và Thủ trưởng các đơn vị có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./.`,
      ],
    },
  };
}

const num = (x: number | null) => (x === null ? '—' : formatNumberVi(x, 2));

function groupTable(units: UnitResult[], data: DecisionIndexData, fullTitles: boolean): TableBlock {
  const criteria = data.questionnaire.criteria;
  const criterionWidth = fullTitles ? 10 : 6;
  const columns: TableColumn[] = [
    { title: 'TT', width: 4, align: 'center' },
    { title: 'Đơn vị', width: 20, align: 'left' },
    { title: 'Số phiếu', width: 6, align: 'center' },
    ...criteria.map((c) => ({
      title: fullTitles ? `${c.title} (%)` : c.code,
      width: criterionWidth,
      align: 'center' as const,
    })),
    { title: 'Chỉ số hài lòng chung (%)', width: 9, align: 'center' },
    { title: 'Chỉ tiêu (%)', width: 7, align: 'center' },
    { title: 'Xếp hạng', width: 7, align: 'center' },
  ];
  const rows = units.map((u, i) => [
    String(i + 1).padStart(2, '0'),
    u.name ?? u.unit,
    `${u.responses}${u.lowSample ? '*' : ''}`,
    ...criteria.map((c) => num(u.criteria.find((k) => k.code === c.code)?.index ?? null)),
    num(u.overall.index),
    num(u.overall.target),
    u.rank === null ? '—' : `${u.rank}/${u.rankOf}`,
  ]);
  return { type: 'table', columns, rows, fontSize: fullTitles ? 11 : 10 };
}

export function decisionIndexAnnexBody(data: DecisionIndexData): Block[] {
  const groups = new Map<string | null, UnitResult[]>();
  for (const u of data.table.units) {
    const list = groups.get(u.peerGroup) ?? [];
    list.push(u);
    groups.set(u.peerGroup, list);
  }
  const fullTitles = data.questionnaire.criteria.length <= FULL_TITLES_UP_TO;
  const blocks: Block[] = [];
  let n = 0;
  for (const [group, units] of groups) {
    n++;
    blocks.push({ type: 'heading', text: `${n}. Nhóm ${peerGroupLabel(group)} (${units.length} đơn vị)` });
    blocks.push(groupTable(units, data, fullTitles));
  }
  if (!fullTitles) {
    blocks.push(fixed('Ghi chú các tiêu chí (chỉ số tính bằng %):', { italic: true, indent: false }));
    for (const c of data.questionnaire.criteria) blocks.push({ type: 'item', text: `${c.code}: ${c.title}` });
  }
  if (data.table.units.some((u) => u.lowSample)) {
    blocks.push(
      fixed(
        `(*) Dưới ${data.table.minSample} phiếu: kết quả có độ tin cậy thấp, chỉ dùng để tham khảo; đơn vị vẫn được xếp hạng.`,
        { italic: true },
      ),
    );
  }
  blocks.push(
    fixed(
      'Xếp hạng trong từng nhóm đơn vị theo chỉ số hài lòng chung; các đơn vị bằng điểm cùng thứ hạng. Chỉ số làm tròn hai chữ số thập phân khi trình bày; việc so sánh, xếp hạng dùng giá trị chưa làm tròn.',
      { italic: true },
    ),
  );
  return blocks;
}

export function decisionIndexDocument(
  data: DecisionIndexData,
  text: DocumentText,
  issued?: { number: number; date: string },
): OfficialDocument {
  const period = periodText(data.publication.period);
  const date = issued?.date ?? data.date;
  const reference = documentReference({
    kind: 'quyet-dinh',
    number: issued?.number,
    symbol: text.symbol,
    date,
  });
  const units = data.table.units.length;
  const body: Block[] = [
    ...slotBlocks(text, 'authority').map((b) =>
      b.type === 'paragraph' ? { ...b, align: 'center' as const, bold: true, indent: false } : b,
    ),
    ...slotBlocks(text, 'basis', { italic: true }),
    fixed('QUYẾT ĐỊNH:', { align: 'center', bold: true }),
    fixed([
      { text: 'Điều 1.', bold: true },
      ` Phê duyệt và công bố ${lowerFirst(data.publication.title)}: Chỉ số hài lòng của tổ chức, cá nhân ${period} của ${units} đơn vị, xếp hạng trong từng nhóm đơn vị (chi tiết tại Phụ lục kèm theo).`,
    ]),
    ...slotBlocks(text, 'articles'),
  ];
  return decisionDocument(text, issued, date, body, [
    {
      title: 'PHỤ LỤC',
      subtitle: `KẾT QUẢ CHỈ SỐ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN ${period.toLocaleUpperCase('vi')}`,
      note: `(Kèm theo ${reference} của ${data.agency.selfName})`,
      orientation: 'landscape',
      body: decisionIndexAnnexBody(data),
    },
  ]);
}
