import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../lib/context.ts';
import { formatDateVi } from '../../../lib/format.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { recordStep } from '../feedback-events.ts';
import { change, officer, setItem } from './step.ts';

/** The template of the item's category, filled in: the handler's starting point. */
export function fillTemplate(
  template: string,
  d: { code: string; receivedAt: Date; unitName: string; categoryName: string },
): string {
  return template
    .replaceAll('{code}', d.code)
    .replaceAll('{ma}', d.code)
    .replaceAll('{receivedDate}', formatDateVi(d.receivedAt))
    .replaceAll('{ngayTiepNhan}', formatDateVi(d.receivedAt))
    .replaceAll('{unitName}', d.unitName)
    .replaceAll('{donVi}', d.unitName)
    .replaceAll('{category}', d.categoryName)
    .replaceAll('{linhVuc}', d.categoryName)
    .trim();
}

export async function answerTemplateOf(ctx: AppContext, d: repo.LoadedItem): Promise<string> {
  return fillTemplate(await repo.answerTemplate(ctx.db, d.f.categoryId), {
    code: d.f.code,
    receivedAt: d.f.receivedAt,
    unitName: d.unitName,
    categoryName: d.categoryName,
  });
}

/** The handler's answer (from the category's template when no text is given) goes to a leader. */
export async function draftAnswer(ctx: AppContext, actor: Actor, code: string, text?: string) {
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw errors.feedbackNotFound(code);
  const answer = (text?.trim() || (await answerTemplateOf(ctx, found))).trim();
  if ([...answer].length < 10) {
    throw errors.invalid('text', 'Cần nội dung trả lời (lĩnh vực này chưa có mẫu trả lời)');
  }
  return change(ctx, code, officer(actor, 'feedback.handle'), 'cho_duyet', async (tx, d, now) => {
    await setItem(tx, d, now, {
      status: 'cho_duyet',
      answer,
      answeredBy: actor.kind === 'user' ? actor.userId : null,
    });
    await recordStep(tx, actor, {
      itemId: d.f.id,
      code,
      unitId: d.f.unitId,
      kind: 'answer_drafted',
      from: 'dang_xu_ly',
      to: 'cho_duyet',
      at: now,
      data: { fromTemplate: !text?.trim() },
    });
  });
}
