/**
 * Printed questionnaires: a template's or a wave's questionnaire as a sheet for paper surveys.
 * A wave's sheet may name one of its units; the unit is looked up among that wave's units the
 * actor may see (a unit of another wave, or outside the actor's subtree, is not found).
 */
import type { Actor } from '../../../access/actor.ts';
import { authorize } from '../../../access/permissions.ts';
import { DOCX_MIME, PDF_MIME } from '../../../documents/index.ts';
import type { AppContext } from '../../../lib/context.ts';
import { addressFormOf } from '../responses/address-form.service.ts';
import { waveProgress } from '../waves/waves.service.ts';
import {
  addressQuestionnaire,
  type PaperInput,
  paperFileName,
  paperQuestionnairePdf,
} from './paper-questionnaire.ts';
import { paperQuestionnaireDocx } from './paper-questionnaire-docx.ts';
import { paperUnitNotInWave } from './questionnaires.errors.ts';
import { getQuestionnaire } from './questionnaires.service.ts';

export type PaperFormat = 'pdf' | 'docx';

export interface PaperFile {
  bytes: Buffer;
  mime: string;
  fileName: string;
}

/** The sheet in the installation's form of address, its questions included. */
async function render(ctx: AppContext, raw: PaperInput, format: PaperFormat): Promise<PaperFile> {
  const addressForm = await addressFormOf(ctx);
  const input = { ...raw, addressForm, questionnaire: addressQuestionnaire(raw.questionnaire, addressForm) };
  const bytes = format === 'docx' ? await paperQuestionnaireDocx(input) : await paperQuestionnairePdf(input);
  return { bytes, mime: format === 'docx' ? DOCX_MIME : PDF_MIME, fileName: paperFileName(input, format) };
}

/** A questionnaire template (CODE or CODE@N) on paper, with a blank unit line. */
export async function templatePaper(
  ctx: AppContext,
  actor: Actor,
  ref: string,
  format: PaperFormat,
): Promise<PaperFile> {
  authorize(actor, 'surveys.read');
  const version = await getQuestionnaire(ctx, ref);
  return render(ctx, { questionnaire: version.definition, version: version.version }, format);
}

/** The questionnaire version a wave collects with, for one of its units (or a blank unit line). */
export async function wavePaper(
  ctx: AppContext,
  actor: Actor,
  waveCode: string,
  unitCode: string | undefined,
  format: PaperFormat,
): Promise<PaperFile> {
  const { wave, units } = await waveProgress(ctx, actor, waveCode);
  let unit: PaperInput['unit'];
  if (unitCode !== undefined) {
    const row = units.find((u) => u.unit === unitCode);
    if (!row) throw paperUnitNotInWave(waveCode, unitCode);
    unit = { code: row.unit, name: row.name };
  }
  const version = await getQuestionnaire(ctx, `${wave.questionnaire.code}@${wave.questionnaire.version}`);
  return render(
    ctx,
    {
      questionnaire: version.definition,
      version: version.version,
      wave: { code: wave.code, title: wave.title, period: wave.period },
      ...(unit ? { unit } : {}),
    },
    format,
  );
}
