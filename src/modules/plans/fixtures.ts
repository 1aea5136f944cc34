/**
 * A hand-made letter input for the pure tests and the documents tests: UBND phường Phương Sài
 * (seed 003) with six criteria, figures chosen on the edges of the wording rule.
 */
import { readFileSync } from 'node:fs';
import type { CriterionResult, UnitResult } from '../surveys/index/index-engine.ts';
import type { Questionnaire } from '../surveys/questionnaires/questionnaire.ts';
import { agencyOf } from './agency.ts';
import type { LetterData } from './doc-letter.ts';

export const KH_UBND_XA_DEFINITION = JSON.parse(
  readFileSync(new URL('../../../data/questionnaires/KH-UBND-XA.json', import.meta.url), 'utf8'),
) as Questionnaire;

function criterion(
  code: string,
  index: number | null,
  target: number | null,
  distribution?: Record<string, number>,
): CriterionResult {
  const definition = KH_UBND_XA_DEFINITION.criteria.find((c) => c.code === code)!;
  return {
    code,
    title: definition.title,
    index,
    ciLow: null,
    ciHigh: null,
    respondents: 120,
    target,
    gap: index === null || target === null ? null : index - target,
    change: null,
    questions: definition.questions.map((q, i) => ({
      code: q.code,
      index: index === null ? null : i === 0 && distribution ? index - 10 : index,
      ciLow: null,
      ciHigh: null,
      ciMethod: null,
      answered: 118,
      noOpinion: 2,
      distribution: i === 0 && distribution ? distribution : {},
      change: null,
    })),
  };
}

/**
 * C1 72.27 (under 83, with the seed's distribution 16,98 / 14,14 / 68,89 on C1.1), C2 82.995
 * (under, though it prints 83,00), C3 85.7 (over), C4 83.004 (reached: prints 83,00), C5 87.17,
 * C6 73.22; overall 80.72, rank 20 of 27.
 */
export function phuongSaiResult(): UnitResult {
  return {
    unit: 'P09',
    name: 'UBND phường Phương Sài',
    peerGroup: 'commune',
    responses: 120,
    excluded: 0,
    overall: {
      index: 80.72,
      ciLow: 76,
      ciHigh: 85,
      respondents: 120,
      target: 83,
      gap: 80.72 - 83,
      change: null,
    },
    rank: 20,
    rankOf: 27,
    lowSample: false,
    sample: {
      respondents: 120,
      sd: 20,
      sdSource: 'observed',
      halfWidth: 5,
      needed: 0,
      neededForMinSample: 0,
    },
    criteria: [
      criterion('C1', 72.27, 83, { '1': 16.98, '2': 14.14, '3': 68.89 }),
      criterion('C2', 82.995, 83),
      criterion('C3', 85.7, 83),
      criterion('C4', 83.004, 83),
      criterion('C5', 87.17, 83),
      criterion('C6', 73.22, 83),
    ],
  };
}

export function phuongSaiLetter(overrides: Partial<LetterData> = {}): LetterData {
  return {
    unit: { code: 'P09', name: 'UBND phường Phương Sài' },
    agency: agencyOf(
      { name: 'UBND phường Phương Sài', type: 'ward' },
      { name: 'Thành phố Nha Trang', type: 'district' },
    ),
    questionnaire: KH_UBND_XA_DEFINITION,
    period: '2022',
    result: phuongSaiResult(),
    minSample: 30,
    source: {
      kind: 'publication',
      id: 7,
      title: 'Kết quả Chỉ số hài lòng đối với UBND cấp xã năm 2022',
      status: 'published',
      decisionNumber: '1081/QĐ-UBND',
      publishedOn: '2023-03-24',
      scopeName: 'UBND thành phố Nha Trang',
    },
    measures: {
      C1: [
        {
          task: 'Đăng tải thủ tục hành chính lên Trang thông tin điện tử của phường',
          responsible: 'Công chức phụ trách công nghệ thông tin',
          partners: 'Các bộ phận chuyên môn',
        },
        {
          task: 'Thông báo trên Đài truyền thanh phường các thông tin thủ tục hành chính',
          responsible: 'Người phụ trách Đài truyền thanh',
          partners: '',
        },
      ],
      C2: [
        {
          task: 'Bố trí đủ ghế ngồi chờ, quạt và nước uống tại Bộ phận Một cửa',
          responsible: 'Công chức Văn phòng - Thống kê',
          partners: '',
        },
      ],
    },
    date: '2023-04',
    ...overrides,
  };
}
