import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { KH_UBND_XA } from '../../../test/survey-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { findParagraph, readDocx } from '../../documents/testing/docx-reader.ts';
import { setTarget } from '../surveys/index/targets.service.ts';
import {
  approvePublication,
  createPublication,
  publishPublication,
} from '../surveys/publications/publications.service.ts';
import { importQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { enterResponse } from '../surveys/responses/responses.service.ts';
import { createWave } from '../surveys/waves/waves.service.ts';
import { importUnitsCsv } from '../units/units.service.ts';
import { draftDocument, issueDocument, renderDraft } from './documents.service.ts';

/**
 * The follow-up letter filled from the data (seed 003): both decisions the province published for
 * the period, next year's targets, the ward's health station's figures from the same wave, and the
 * signer asked for; a station without published figures leaves a hint the officer must replace.
 */
const t = await createTestApp();
const system = systemActor('test');
const KH_TYT = readFileSync('data/questionnaires/KH-TYT.json', 'utf8');

async function wave(code: string, questionnaire: string, units: string[]) {
  await createWave(t.ctx, system, {
    code,
    title: code,
    questionnaire,
    period: '2026',
    opensOn: '2026-01-01',
    closesOn: '2026-12-31',
    ownerUnitCode: 'PV',
    unitCodes: units,
    targetSample: 10,
  });
}

async function publish(
  questionnaire: string,
  title: string,
  decision: Parameters<typeof publishPublication>[3],
) {
  const draft = await createPublication(t.ctx, system, {
    questionnaire,
    period: '2026',
    scopeUnitCode: 'PV',
    title,
  });
  await approvePublication(t.ctx, system, draft.id);
  await publishPublication(t.ctx, system, draft.id, decision);
}

beforeAll(async () => {
  t.setNow(new Date('2026-11-20T09:00:00+07:00'));
  await importUnitsCsv(
    t.ctx,
    system,
    [
      'code,name,type,parent_code,peer_group,valid_from',
      'PV,Tỉnh Khánh Hòa,province,,province,2025-07-01',
      'W1,UBND phường Tây Nha Trang,ward,PV,commune,2025-07-01',
      'W1-TYT,Trạm Y tế phường Tây Nha Trang,health_station,W1,health_station,2025-07-01',
      'W2,UBND phường Bắc Nha Trang,ward,PV,commune,2025-07-01',
      'W2-TYT,Trạm Y tế phường Bắc Nha Trang,health_station,W2,health_station,2025-07-01',
    ].join('\n'),
  );
  await importQuestionnaire(t.ctx, system, KH_UBND_XA);
  await importQuestionnaire(t.ctx, system, KH_TYT);
  await wave('XA-2026', 'KH-UBND-XA', ['W1', 'W2']);
  await wave('TYT-2026', 'KH-TYT', ['W1-TYT']);
  for (const unitCode of ['W1', 'W2'])
    await enterResponse(t.ctx, system, { unitCode, channel: 'paper', answers: { 'C1.1': 3, 'C1.2': 2 } });
  for (const a of [4, 5, 2])
    await enterResponse(t.ctx, system, { unitCode: 'W1-TYT', channel: 'paper', answers: { A1: a, A2: a } });
  await setTarget(t.ctx, system, {
    questionnaire: 'KH-UBND-XA',
    period: '2026',
    peerGroup: 'commune',
    criterion: '*',
    value: 90,
  });
  await setTarget(t.ctx, system, {
    questionnaire: 'KH-UBND-XA',
    period: '2027',
    peerGroup: 'commune',
    criterion: '*',
    value: 86,
  });
  await setTarget(t.ctx, system, {
    questionnaire: 'KH-TYT',
    period: '2027',
    peerGroup: 'health_station',
    criterion: '*',
    value: 81,
  });
  await publish('KH-TYT', 'Kết quả Chỉ số hài lòng đối với trạm y tế cấp xã năm 2026', {
    decisionNumber: '1081/QĐ-UBND',
    decisionDate: '2026-03-24',
  });
  await publish('KH-UBND-XA', 'Kết quả Chỉ số hài lòng đối với UBND cấp xã năm 2026', {
    decisionNumber: '1069/QĐ-UBND',
    decisionDate: '2026-03-23',
    decisionSigner: 'Chủ tịch Nguyễn Văn A',
  });
});

const letterOf = (unitCode: string, signer?: 'deputy') =>
  ({
    kind: 'letter',
    source: { unitCode, questionnaire: 'KH-UBND-XA', period: '2026' },
    ...(signer ? { signer } : {}),
  }) as const;

describe('the follow-up letter filled from the data', () => {
  it('cites both decisions in date order, the Chairman’s as his, with next year’s targets and the station’s figures (DOCX text)', async () => {
    const file = await renderDraft(t.ctx, system, letterOf('W1'), 'docx');
    const docx = await readDocx(file.bytes);
    const basis = findParagraph(docx, 'Căn cứ Quyết định số').text;
    expect(basis).toMatch(
      /^Căn cứ Quyết định số 1069\/QĐ-UBND ngày 23\/3\/2026 của Chủ tịch UBND tỉnh Khánh Hòa về việc phê duyệt và công bố kết quả Chỉ số hài lòng đối với UBND cấp xã năm 2026 và Quyết định số 1081\/QĐ-UBND ngày 24\/3\/2026 của UBND tỉnh Khánh Hòa về việc phê duyệt và công bố kết quả Chỉ số hài lòng đối với trạm y tế cấp xã năm 2026;$/,
    );
    expect(findParagraph(docx, 'Phấn đấu năm 2027 Chỉ số hài lòng chung').text).toBe(
      'Phấn đấu năm 2027 Chỉ số hài lòng chung đạt từ 86,00% trở lên (chỉ tiêu giao năm 2027).',
    );
    expect(findParagraph(docx, 'chỉ số hài lòng chung của Trạm Y tế phường Tây Nha Trang đạt').text).toMatch(
      /^Trong năm 2026, chỉ số hài lòng chung của Trạm Y tế phường Tây Nha Trang đạt \d+,\d{2}%, xếp thứ 1\/1 trạm y tế/,
    );
    expect(findParagraph(docx, 'Phấn đấu năm 2027 chỉ số hài lòng chung của Trạm Y tế').text).toContain(
      '81,00%',
    );
    const all = docx.paragraphs.join('\n');
    expect(all).not.toContain('[Cần điền');
    // Drafted in 2026: the offices that exist, none abolished on 1/7/2025.
    for (const gone of [
      'Bộ phận Một cửa',
      'Phòng Nội vụ',
      'Công chức Văn phòng - Thống kê',
      'UBND THÀNH PHỐ',
    ])
      expect(all).not.toContain(gone);
    expect(all).toContain('Trung tâm Phục vụ hành chính công');
    expect(docx.paragraphs).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(docx.paragraphs).toContain('CHỦ TỊCH');
  });

  it('signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH when a deputy signs, the name left to the officer', async () => {
    const draft = await draftDocument(t.ctx, system, letterOf('W1', 'deputy'));
    expect(draft.text.signature).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      deputyOf: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: '',
    });
    await expect(issueDocument(t.ctx, system, letterOf('W1', 'deputy'))).rejects.toMatchObject({
      details: { fields: [{ field: 'text.signature.name' }] },
    });
  });

  it('without the station’s figures asks the officer for them and refuses to issue until replaced', async () => {
    const draft = await draftDocument(t.ctx, system, letterOf('W2'));
    const hint = draft.text.paragraphs['body.health_station']![0]!;
    expect(hint).toMatch(/^\[Cần điền: chỉ số hài lòng năm 2026 của Trạm Y tế phường Bắc Nha Trang/);
    const signed = { signature: { name: 'Trần Thị B' } };
    await expect(issueDocument(t.ctx, system, { ...letterOf('W2'), text: signed })).rejects.toMatchObject({
      details: { fields: [{ field: 'text.paragraphs.body.health_station' }] },
    });
    const lines = draft.text.paragraphs['body.health_station']!.slice(1);
    const issued = await issueDocument(t.ctx, system, {
      ...letterOf('W2'),
      text: { ...signed, paragraphs: { 'body.health_station': lines } },
    });
    expect(issued.numberLine).toBe('Số: 01/UBND-VP');
  });
});
