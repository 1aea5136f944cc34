import { describe, expect, it } from 'vitest';
import {
  formatQuestionnaireError,
  parseQuestionnaire,
  parseQuestionnaireText,
  type Questionnaire,
} from './questionnaire.ts';
import { canonicalJson, exportQuestionnaire, questionnaireHash } from './questionnaire-canonical.ts';

/** A small valid file, as a person would write it (weights and source omitted). */
const minimal = () => ({
  code: 'TEST',
  title: 'Phiếu thử',
  criteria: [
    {
      code: 'C1',
      title: 'Tiếp cận dịch vụ',
      questions: [
        {
          code: 'C1.1',
          text: 'Thông tin được niêm yết như thế nào?',
          options: [
            { value: 1, label: 'Sơ sài, khó hiểu', score: 0 },
            { value: 2, label: 'Tạm được', score: 0 },
            { value: 3, label: 'Đầy đủ, dễ hiểu', score: 1 },
          ],
        },
      ],
    },
  ],
});

type Raw = ReturnType<typeof minimal> & Record<string, unknown>;

const errorsOf = (json: unknown) => {
  const r = parseQuestionnaire(json);
  return r.ok ? [] : r.errors.map(formatQuestionnaireError);
};

const valid = (json: unknown): Questionnaire => {
  const r = parseQuestionnaire(json);
  if (!r.ok) throw new Error(r.errors.map(formatQuestionnaireError).join('\n'));
  return r.questionnaire;
};

describe('parseQuestionnaire', () => {
  it('accepts a minimal file and fills the defaults', () => {
    const q = valid(minimal());
    expect(q.criteria[0]!.weight).toBe(1);
    expect(q.criteria[0]!.questions[0]!.weight).toBe(1);
    expect(q.criteria[0]!.questions[0]!.source).toBe('respondent');
    expect(q.profile).toEqual([]);
    expect(q.description).toBeUndefined();
  });

  it('names the JSON path, the Vietnamese reason and a stable code', () => {
    const raw: Raw = minimal();
    const question = raw.criteria[0]!.questions[0]!;
    (question.options[1] as { score: number }).score = 1.5;
    (question.options[0] as { value: number }).value = 1.5;
    expect(errorsOf(raw)).toEqual([
      'criteria[0].questions[0].options[0].value: giá trị phương án phải là số nguyên [VALUE_NOT_INTEGER]',
      'criteria[0].questions[0].options[1].score: điểm phải nằm trong [0, 1] [SCORE_OUT_OF_RANGE]',
    ]);
  });

  it('reports a score below 0 deep in the file with its full path', () => {
    const raw: Raw = minimal();
    raw.criteria.push(
      { ...structuredClone(raw.criteria[0]!), code: 'C2' },
      {
        ...structuredClone(raw.criteria[0]!),
        code: 'C3',
        questions: [
          {
            code: 'C3.1',
            text: 'Thái độ công chức',
            options: [
              { value: 1, label: 'Tốt', score: 1 },
              { value: 2, label: 'Chưa tốt', score: -0.5 },
            ],
          },
        ],
      },
    );
    raw.criteria[1]!.questions[0]!.code = 'C2.1';
    expect(errorsOf(raw)).toEqual([
      'criteria[2].questions[0].options[1].score: điểm phải nằm trong [0, 1] [SCORE_OUT_OF_RANGE]',
    ]);
  });

  it('rejects unknown fields, one error per field', () => {
    const raw = { ...minimal(), version: 2 } as Raw;
    (raw.criteria[0]!.questions[0]!.options[0] as Record<string, unknown>).points = 2;
    expect(errorsOf(raw)).toEqual([
      'criteria[0].questions[0].options[0].points: trường "points" không có trong định dạng phiếu [UNKNOWN_FIELD]',
      'version: trường "version" không có trong định dạng phiếu [UNKNOWN_FIELD]',
    ]);
  });

  it('tells a missing field from a wrong type', () => {
    const raw = minimal() as Raw;
    delete (raw.criteria[0]!.questions[0]!.options[2] as Partial<{ score: number }>).score;
    (raw as Record<string, unknown>).title = 7;
    expect(errorsOf(raw)).toEqual([
      'title: phải là chuỗi ký tự [INVALID_TYPE]',
      'criteria[0].questions[0].options[2].score: thiếu trường "score" (điểm từ 0 đến 1, hoặc null cho phương án không ý kiến) [MISSING_FIELD]',
    ]);
  });

  it('rejects duplicate codes across criteria, questions and profile, and duplicate option values', () => {
    const raw = minimal() as Raw;
    raw.criteria.push({
      code: 'c1',
      title: 'Trùng mã khác hoa thường',
      questions: [
        {
          code: 'C1.1',
          text: 'Câu trùng mã',
          options: [
            { value: 1, label: 'Không', score: 0 },
            { value: 1, label: 'Có', score: 1 },
          ],
        },
      ],
    });
    raw.profile = [
      {
        code: 'C1.1',
        text: 'Tuổi',
        options: [
          { value: 1, label: 'Dưới 30' },
          { value: 2, label: 'Từ 30' },
        ],
      },
    ];
    expect(errorsOf(raw)).toEqual([
      'criteria[1].code: mã "c1" đã dùng ở criteria[0].code [DUPLICATE_CODE]',
      'criteria[1].questions[0].code: mã "C1.1" đã dùng ở criteria[0].questions[0].code [DUPLICATE_CODE]',
      'criteria[1].questions[0].options[1].value: giá trị 1 đã dùng cho phương án ở criteria[1].questions[0].options[0] [DUPLICATE_VALUE]',
      'profile[0].code: mã "C1.1" đã dùng ở criteria[0].questions[0].code [DUPLICATE_CODE]',
    ]);
  });

  it('requires at least one scored option per question', () => {
    const raw = minimal() as Raw;
    for (const o of raw.criteria[0]!.questions[0]!.options) (o as { score: number | null }).score = null;
    expect(errorsOf(raw)).toEqual([
      'criteria[0].questions[0].options: câu hỏi phải có ít nhất một phương án được chấm điểm (score khác null) [NO_SCORED_OPTION]',
    ]);
  });

  it('checks weights, codes, empty texts and lists', () => {
    const raw = minimal() as Raw;
    (raw.criteria[0] as Record<string, unknown>).weight = 0;
    (raw.criteria[0]!.questions[0] as Record<string, unknown>).weight = 'hai';
    raw.criteria[0]!.questions[0]!.code = 'C 1.1';
    raw.criteria[0]!.questions[0]!.options[0]!.label = '   ';
    raw.criteria[0]!.questions[0]!.options.splice(1);
    raw.criteria.push({ code: 'C2', title: 'Trống', questions: [] });
    expect(errorsOf(raw)).toEqual([
      'criteria[0].weight: trọng số phải lớn hơn 0 [WEIGHT_INVALID]',
      'criteria[0].questions[0].code: mã chỉ được gồm chữ không dấu, số, ".", "_" hoặc "-", bắt đầu bằng chữ hoặc số (tối đa 50 ký tự) [CODE_INVALID]',
      'criteria[0].questions[0].weight: trọng số phải là một số lớn hơn 0 [WEIGHT_INVALID]',
      'criteria[0].questions[0].options[0].label: không được để trống [EMPTY_TEXT]',
      'criteria[0].questions[0].options: cần ít nhất hai phương án trả lời [TOO_FEW_OPTIONS]',
      'criteria[1].questions: cần ít nhất một câu hỏi [EMPTY_LIST]',
    ]);
  });

  it('accepts "source": "dossier" and rejects other sources', () => {
    const raw = minimal() as Raw;
    (raw.criteria[0]!.questions[0] as Record<string, unknown>).source = 'dossier';
    expect(valid(raw).criteria[0]!.questions[0]!.source).toBe('dossier');
    (raw.criteria[0]!.questions[0] as Record<string, unknown>).source = 'officer';
    expect(errorsOf(raw)).toEqual([
      'criteria[0].questions[0].source: phải là một trong: "respondent", "dossier" [INVALID_VALUE]',
    ]);
  });

  it("takes the questionnaire's source in its three statuses, and reads a file without one as unknown", () => {
    expect(valid(minimal()).source).toBeUndefined();
    for (const status of ['official', 'adapted', 'reference'] as const) {
      const q = valid({ ...minimal(), source: { document: '  Quyết định  số 1/QĐ ', status } });
      expect(q.source).toEqual({ document: 'Quyết định số 1/QĐ', status });
    }
  });

  it('rejects a bad source status naming source.status, and a source without its document', () => {
    expect(errorsOf({ ...minimal(), source: { document: 'Văn bản', status: 'draft' } })).toEqual([
      'source.status: trạng thái nguồn của phiếu (source.status) phải là "official" (mẫu chính thức), "adapted" (điều chỉnh) hoặc "reference" (tham khảo) [SOURCE_STATUS_INVALID]',
    ]);
    expect(errorsOf({ ...minimal(), source: { status: 'official', page: 3 } })).toEqual([
      'source.document: thiếu trường bắt buộc "document" [MISSING_FIELD]',
      'source.page: trường "page" không có trong định dạng phiếu [UNKNOWN_FIELD]',
    ]);
  });

  it('rejects a file that is not an object, and reports JSON syntax errors', () => {
    expect(errorsOf([])).toEqual(['(toàn tệp): phải là đối tượng JSON [INVALID_TYPE]']);
    const r = parseQuestionnaireText('{"code": "X",');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.code).toBe('INVALID_JSON');
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseQuestionnaireText(`\uFEFF${JSON.stringify(minimal())}`).ok).toBe(true);
  });
});

describe('canonical form and content hash', () => {
  it('gives the same hash to files a person would call identical', () => {
    const a = valid(minimal());
    const raw = minimal() as Raw;
    // Explicit defaults, NFD accents, extra spaces, another key order and indentation.
    (raw.criteria[0] as Record<string, unknown>).weight = 1;
    (raw.criteria[0]!.questions[0] as Record<string, unknown>).source = 'respondent';
    raw.criteria[0]!.title = '  Tiếp cận   dịch vụ '.normalize('NFD');
    const reordered = JSON.parse(
      JSON.stringify({ criteria: raw.criteria, title: raw.title, code: raw.code }),
    );
    const b = parseQuestionnaireText(JSON.stringify(reordered, null, 4));
    expect(b.ok && questionnaireHash(b.questionnaire)).toBe(questionnaireHash(a));
  });

  it('changes the hash for any change the index or a respondent could see', () => {
    const base = questionnaireHash(valid(minimal()));
    const changes: ((r: Raw) => void)[] = [
      (r) => {
        r.criteria[0]!.questions[0]!.options[1]!.score = 0.5;
      },
      (r) => {
        (r.criteria[0]!.questions[0] as Record<string, unknown>).weight = 2;
      },
      (r) => {
        r.criteria[0]!.questions[0]!.text += '!';
      },
      (r) => {
        r.criteria[0]!.questions[0]!.options.reverse();
      },
      (r) => {
        r.title = 'Phiếu thử 2';
      },
    ];
    for (const change of changes) {
      const raw = minimal() as Raw;
      change(raw);
      expect(questionnaireHash(valid(raw))).not.toBe(base);
    }
  });

  it('exports a file in the same format that imports back to the same hash', () => {
    const q = valid({ ...minimal(), description: 'Mô tả' });
    const text = exportQuestionnaire(q);
    const back = parseQuestionnaireText(text);
    expect(back.ok && back.questionnaire).toEqual(q);
    expect(back.ok && questionnaireHash(back.questionnaire)).toBe(questionnaireHash(q));
    expect(JSON.parse(text).criteria[0].questions[0]).toMatchObject({ weight: 1, source: 'respondent' });
    expect(canonicalJson(q)).not.toContain('\n');
  });

  it('keeps the source through export, and its absence too', () => {
    const source = { document: 'Quyết định số 1/QĐ', status: 'adapted' as const };
    const q = valid({ ...minimal(), source });
    const back = parseQuestionnaireText(exportQuestionnaire(q));
    expect(back.ok && back.questionnaire.source).toEqual(source);
    expect(back.ok && questionnaireHash(back.questionnaire)).toBe(questionnaireHash(q));
    expect(questionnaireHash(q)).not.toBe(questionnaireHash(valid(minimal())));
    expect(JSON.parse(exportQuestionnaire(valid(minimal())))).not.toHaveProperty('source');
  });
});
