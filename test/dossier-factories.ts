import { eq } from 'drizzle-orm';
import { systemActor } from '../src/access/actor.ts';
import { procedures, procedureUnits, units } from '../src/db/schema/index.ts';
import type { AppContext } from '../src/lib/context.ts';
import { foldVietnamese } from '../src/lib/text.ts';
import { receiveDossier } from '../src/modules/dossiers/dossiers.service.ts';

/** A procedure received by the given units (the catalogue module imports real ones). */
export async function buildProcedure(
  ctx: AppContext,
  fields: { code: string; name?: string; days?: number; hours?: number; unitCodes: string[] },
) {
  const name = fields.name ?? `Thủ tục ${fields.code}`;
  const [p] = await ctx.db
    .insert(procedures)
    .values({
      code: fields.code,
      name,
      nameSearch: foldVietnamese(name),
      field: 'Hộ tịch',
      level: 'mot_phan',
      processingAmount: fields.hours ?? fields.days ?? 5,
      processingUnit: fields.hours ? 'working_hours' : 'working_days',
      fees: 'Miễn phí',
      documents: [{ name: 'Tờ khai', kind: 'original', count: 1 }],
      forms: [],
      legalBasis: 'Luật Hộ tịch 2014',
    })
    .returning();
  for (const code of fields.unitCodes) {
    const [u] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.code, code));
    await ctx.db.insert(procedureUnits).values({ procedureId: p!.id, unitId: u!.id });
  }
  return p!;
}

/** A unit receiving procedure `KS-<unit>`, and one dossier received there (as the operator). */
export async function buildDossierOf(ctx: AppContext, unitCode: string) {
  await buildProcedure(ctx, { code: `KS-${unitCode}`, name: 'Đăng ký khai sinh', unitCodes: [unitCode] });
  const d = await receiveDossier(ctx, systemActor('test'), {
    unitCode,
    procedureCode: `KS-${unitCode}`,
    channel: 'direct',
    applicant: { kind: 'person', name: 'Trần Thị Bình' },
    contactConsent: false,
    documents: [],
  });
  return d.code;
}
