import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatQuestionnaireError, parseQuestionnaireText, type Questionnaire } from './questionnaire.ts';
import { exportQuestionnaire, questionnaireHash } from './questionnaire-canonical.ts';

/** The committed templates in data/questionnaires/ must always import. */
const folder = new URL('../../../../data/questionnaires/', import.meta.url);

function load(name: string): Questionnaire {
  const r = parseQuestionnaireText(readFileSync(new URL(name, folder), 'utf8'));
  if (!r.ok) throw new Error(`${name}:\n${r.errors.map(formatQuestionnaireError).join('\n')}`);
  return r.questionnaire;
}

const questionsOf = (q: Questionnaire) => q.criteria.flatMap((c) => c.questions);
const scoresOf = (q: Questionnaire) => new Set(questionsOf(q).flatMap((x) => x.options.map((o) => o.score)));

describe('questionnaire templates', () => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

  it('are the six expected files, each valid, named after its code, and stable through export', () => {
    expect(files.sort()).toEqual([
      'KH-TYT.json',
      'KH-UBND-XA.json',
      'ND118-QUAY.json',
      'ND61-QUAY.json',
      'SIPAS-2017.json',
      'SIPAS-2023.json',
    ]);
    for (const file of files) {
      const q = load(file);
      expect(`${q.code}.json`).toBe(file);
      const again = parseQuestionnaireText(exportQuestionnaire(q));
      expect(again.ok && questionnaireHash(again.questionnaire)).toBe(questionnaireHash(q));
    }
  });

  it("each say where they come from: KH-UBND-XA and SIPAS-2023 are our own questions on a document's criteria", () => {
    const sources = Object.fromEntries(files.map((f) => [f, load(f).source]));
    const ours = ['KH-UBND-XA.json', 'SIPAS-2023.json'];
    expect(Object.values(sources).map((s) => s?.status)).toEqual(
      files.map((f) => (ours.includes(f) ? 'reference' : 'adapted')),
    );
    expect(sources['SIPAS-2023.json']!.document).toContain('1001/QĐ-BNV ngày 11/12/2023');
    expect(sources['SIPAS-2017.json']!.document).toContain('2640/QĐ-BNV ngày 10/10/2017');
    expect(sources['KH-UBND-XA.json']!.document).toContain('tháng 4 năm 2023');
    expect(sources['KH-TYT.json']!.document).toContain('3869/QĐ-BYT');
    expect(sources['ND61-QUAY.json']!.document).toContain('61/2018/NĐ-CP');
    // NĐ 118's own rating article was not found: its form is adapted from QĐ 766's groups.
    expect(sources['ND118-QUAY.json']!.document).toContain('766/QĐ-TTg');
    expect(sources['ND118-QUAY.json']!.document).toContain('chưa kiểm chứng');
  });

  it('are written in NFC Vietnamese, and every one asks the four profile questions', () => {
    for (const file of files) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      expect(text).toBe(text.normalize('NFC'));
      const q = load(file);
      expect(q.profile.map((p) => p.code)).toEqual(
        expect.arrayContaining(['AGE', 'GENDER', 'OCCUPATION', 'CHANNEL']),
      );
      expect(q.profile.find((p) => p.code === 'CHANNEL')!.options.map((o) => o.value)).toEqual([1, 2, 3]);
    }
  });

  it('KH-UBND-XA: the six Khánh Hòa criteria, 3–5 questions each, 3-level and 5-level items, some "no opinion"', () => {
    const q = load('KH-UBND-XA.json');
    expect(q.criteria.map((c) => [c.code, c.title])).toEqual([
      ['C1', 'Tiếp cận dịch vụ'],
      ['C2', 'Điều kiện tiếp đón, phục vụ'],
      ['C3', 'Thủ tục hành chính'],
      ['C4', 'Sự phục vụ của cán bộ, công chức'],
      ['C5', 'Kết quả, tiến độ giải quyết công việc'],
      ['C6', 'Tiếp cận, xử lý thông tin phản hồi'],
    ]);
    for (const c of q.criteria) {
      expect(c.questions.length).toBeGreaterThanOrEqual(3);
      expect(c.questions.length).toBeLessThanOrEqual(5);
      expect(c.questions.map((x) => x.code)).toEqual(c.questions.map((_, i) => `${c.code}.${i + 1}`));
    }
    const c11 = q.criteria[0]!.questions[0]!;
    expect(c11.options.map((o) => [o.label, o.score])).toEqual([
      ['Sơ sài, khó hiểu', 0],
      ['Tạm được', 0],
      ['Đầy đủ, dễ hiểu', 1],
    ]);
    const fiveLevel = questionsOf(q).filter((x) => x.options.some((o) => o.label === 'Rất hài lòng'));
    expect(fiveLevel.length).toBeGreaterThanOrEqual(6);
    expect(fiveLevel[0]!.options.map((o) => o.score)).toEqual([0, 0, 0, 1, 1]);
    expect(questionsOf(q).filter((x) => x.options.some((o) => o.score === null)).length).toBeGreaterThan(3);
  });

  it('KH-TYT: groups A–E with 5, 10, 8, 4, 4 items on the 1–5 scale counting 4 and 5', () => {
    const q = load('KH-TYT.json');
    expect(q.criteria.map((c) => [c.code, c.questions.length])).toEqual([
      ['A', 5],
      ['B', 10],
      ['C', 8],
      ['D', 4],
      ['E', 4],
    ]);
    for (const x of questionsOf(q)) {
      const scored = x.options.filter((o) => o.score !== null);
      expect(scored.map((o) => [o.value, o.score])).toEqual([
        [1, 0],
        [2, 0],
        [3, 0],
        [4, 1],
        [5, 1],
      ]);
    }
  });

  it('SIPAS-2017: the five national factors on a 5-point satisfaction scale', () => {
    const q = load('SIPAS-2017.json');
    expect(q.criteria.map((c) => c.title)).toEqual([
      'Tiếp cận dịch vụ',
      'Thủ tục hành chính',
      'Công chức trực tiếp giải quyết công việc',
      'Kết quả dịch vụ',
      'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
    ]);
    for (const x of questionsOf(q)) {
      expect(x.options.filter((o) => o.score !== null).map((o) => o.label)).toEqual([
        'Rất không hài lòng',
        'Không hài lòng',
        'Bình thường',
        'Hài lòng',
        'Rất hài lòng',
      ]);
    }
  });

  it('SIPAS-2023: the six scored criteria of QĐ 1001 aspect 1 in its order, and aspect 2 overall satisfaction', () => {
    const q = load('SIPAS-2023.json');
    expect(q.criteria.map((c) => c.title)).toEqual([
      'Mức độ quan tâm theo dõi chính sách công',
      'Mức độ phù hợp của các hình thức tiếp cận thông tin về chính sách công',
      'Mức độ sẵn sàng tham gia góp ý kiến cho cơ quan nhà nước về chính sách công',
      'Cảm nhận về tình trạng công chức gây phiền hà, sách nhiễu khi giải quyết thủ tục hành chính',
      'Cảm nhận về tình trạng phải đưa tiền ngoài quy định cho công chức khi giải quyết thủ tục hành chính',
      'Mức độ phù hợp của các hình thức nộp hồ sơ, nhận kết quả',
      'Mức độ hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước',
    ]);
    // The information channel and the experience are asked, never scored.
    expect(q.profile.map((p) => p.code)).toEqual(expect.arrayContaining(['INFO_CHANNEL', 'EXPERIENCE']));
    expect(q.description).toContain('không phải Chỉ số SIPAS');
  });

  it('ND61-QUAY: nine indicators of three options scored 0 / 0.5 / 1 (0–2 points), objective ones filled from the dossier', () => {
    const q = load('ND61-QUAY.json');
    expect(q.criteria).toHaveLength(9);
    for (const c of q.criteria) {
      expect(c.questions).toHaveLength(1);
      expect(c.questions[0]!.options.map((o) => [o.value, o.score])).toEqual([
        [0, 0],
        [1, 0.5],
        [2, 1],
      ]);
    }
    expect(scoresOf(q)).toEqual(new Set([0, 0.5, 1]));
    const fromDossier = questionsOf(q)
      .filter((x) => x.source === 'dossier')
      .map((x) => x.code);
    expect(fromDossier).toEqual(['TIME_TOTAL', 'TIME_AGENCIES', 'CONTACTS', 'AGENCIES']);
  });
});
