import { systemActor } from '../src/access/actor.ts';
import type { AppContext } from '../src/lib/context.ts';
import { type CategoryInput, createCategory } from '../src/modules/feedback/categories.service.ts';
import { receiveFeedback } from '../src/modules/feedback/feedback.service.ts';

/** A feedback category (Open311 service) of a unit. */
export async function buildCategory(ctx: AppContext, fields: Partial<CategoryInput> & { unitCode: string }) {
  return createCategory(ctx, systemActor('test'), {
    code: fields.code ?? `CAT-${fields.unitCode}`,
    name: fields.name ?? 'Hạ tầng đô thị',
    ...fields,
  });
}

/** A unit with category `CAT-<unit>` and one web report there; returns the item code and its tracking token. */
export async function buildFeedbackOf(ctx: AppContext, unitCode: string) {
  await buildCategory(ctx, { unitCode });
  const r = await receiveFeedback(
    ctx,
    null,
    {
      channel: 'web',
      categoryCode: `CAT-${unitCode}`,
      description: 'Đèn đường trước chợ bị hỏng nhiều ngày',
      contactConsent: false,
    },
    { baseUrl: 'http://localhost' },
  );
  return { code: r.item.code, token: r.token };
}
