/**
 * The one-stop desk's slips (Mẫu 01–06 and the guide and invitation) as pure renderers: plain view
 * models in, PDF or XLSX bytes out. The dossier service reads the data and checks permissions.
 */
export { apologySlipPdf } from './apology.ts';
export { controlSlipPdf } from './control.ts';
export {
  CHANNEL_LABEL,
  COPY_KIND_LABEL,
  formatTimeLimit,
  slipDateTime,
  type Timeliness,
  timeliness,
} from './format.ts';
export { SLIP_FORMS } from './forms.ts';
export { guideSlipPdf } from './guide.ts';
export { invitationSlipPdf } from './invitation.ts';
export type * from './model.ts';
export { RATING_CAPTION, receiptSlipPdf } from './receipt.ts';
export { refusalSlipPdf } from './refusal.ts';
export { REGISTER_COLUMNS, registerXlsx } from './register.ts';
export { stopSlipPdf } from './stop.ts';
export { SUPPLEMENT_APOLOGY, supplementSlipPdf } from './supplement.ts';
