/**
 * What the desk slips print, as plain view models: the service reads a dossier and its unit, and
 * hands these to the pure renderers. Only what the desk needs goes on paper: the applicant's
 * address and phone appear on the receipt (Mẫu 01) alone, and never in the PDF's metadata.
 */

/** The issuing agency and the place and date of a slip. */
export interface SlipHeader {
  /** "UBND PHƯỜNG PHƯƠNG SÀI"; "\n" breaks the line ("UBND PHƯỜNG PHƯƠNG SÀI\nBỘ PHẬN MỘT CỬA"). */
  issuer: string;
  /** "UBND THÀNH PHỐ NHA TRANG"; "\n" breaks the line. */
  parent?: string;
  /** Place of the date line: "Nha Trang". */
  place: string;
  /** The slip's date (printed as the Vietnam date). */
  issuedAt: Date;
  /** The slip's register number, when the desk numbers its slips; blank for the pen otherwise. */
  number?: number | string;
}

export type DocumentCopyKind = 'original' | 'certified_copy' | 'copy';

/** One paper of a dossier: "Tờ khai đăng ký khai sinh", a certified copy, 1. */
export interface SlipDocument {
  name: string;
  kind: DocumentCopyKind;
  count: number;
}

export type DossierChannel = 'direct' | 'online' | 'postal';

/** A procedure's legal time limit: working days (most), working hours, or the same working day (cut-off HH:MM). */
export interface TimeLimit {
  amount: number;
  unit: 'working_days' | 'working_hours' | 'same_day';
  cutoff?: string;
}

export interface DossierView {
  /** The dossier code, printed and behind the QR: "P09-20260301-0001". */
  code: string;
  /**
   * The legal regime stored at reception ("ND61-2018", "ND118-2025"): the slip prints that regime's
   * form number, title and circular. Without it (a sample, a hand-out) the TT 01/2018 titles print.
   */
  ruleSet?: string;
  procedureName: string;
  procedureCode: string;
  applicantName: string;
  applicantAddress?: string;
  applicantPhone?: string;
  channel: DossierChannel;
  receivedAt: Date;
  dueAt: Date;
  /** The procedure's legal time limit, in its unit: "3 ngày làm việc" or "8 giờ làm việc". */
  legalTime: TimeLimit;
  documents: SlipDocument[];
  receiverName: string;
  /** What the dossier's QR opens: the public lookup page with the check value, e.g. https://x/tra-cuu/P09-20260301-0001?k=7KQ2MX. */
  lookupUrl: string;
  /** The check value printed beside the code: the public lookup shows the dossier only with it. */
  lookupCheck: string;
  /** What the receipt's second QR opens: rating this dossier, once. */
  ratingUrl?: string;
  /** Where the result is handed back; default the one-stop desk. */
  returnPlace?: string;
}

/** Phiếu hướng dẫn: what to prepare for a procedure, before any dossier exists. */
export interface GuideSlipInput {
  procedureName: string;
  procedureCode: string;
  documents: SlipDocument[];
  /** The procedure's legal time limit, in its unit. */
  legalTime: TimeLimit;
  /** "Không thu phí" or "Lệ phí: 8.000 đồng/bản"; one line each. */
  fees: string[];
  /** "Luật Hộ tịch năm 2014", "Nghị định số 123/2015/NĐ-CP …". */
  legalBasis: string[];
  /** The forms (đơn, tờ khai) to fill in; none is fine. */
  forms: string[];
  /** The officer who gave the guidance, to sign; leave out for a printed hand-out. */
  guidedBy?: string;
}

/** Mẫu 02. */
export interface SupplementSlipInput {
  /** Everything that is missing, asked once: a second request is a violation. */
  missing: string[];
  reason: string;
  /** Who to call while completing the dossier: "bà Trần Thị Bình, số điện thoại 0258 3822 123". */
  contactOfficer: string;
  /** The new appointment, when already known; otherwise the slip says how it moves. */
  newDueAt: Date | null;
}

/** Mẫu 03. */
export interface RefusalSlipInput {
  reason: string;
  /** "khoản 2 Điều 9 Nghị định số 123/2015/NĐ-CP". */
  legalBasis: string;
}

/** Thông báo dừng giải quyết hồ sơ (TT 03/2025 Mẫu số 05). */
export interface StopSlipInput {
  reason: string;
  /** "Nghị định 118/2025/NĐ-CP …". */
  legalBasis: string;
}

/** Mẫu 04. */
export interface ApologySlipInput {
  oldDueAt: Date;
  newDueAt: Date;
  reason: string;
  /** The head's title as NĐ 30 prints it; "\n" between lines: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
}

/** One hand-over of Mẫu 05: one agency gives the dossier to another, which signs for it. */
export interface Handover {
  fromAgency: string;
  toAgency: string;
  givenAt: Date;
  givenBy: string;
  receivedAt?: Date;
  receivedBy?: string;
  /** When this hand-over was due; with receivedAt it decides Trước hạn / Đúng hạn / Quá hạn. */
  dueAt?: Date;
  /** What the giving side did, in words: "Đã thẩm định, trình ký". */
  result?: string;
}

/** The giấy mời: the result is ready before the appointment. */
export interface InvitationSlipInput {
  readyAt: Date;
}

/** One line of Mẫu 06, the register. */
export interface RegisterRow {
  no: number;
  code: string;
  procedure: string;
  applicant: string;
  receivedAt: Date;
  dueAt: Date;
  returnedAt?: Date;
  /** The status as people read it: "Đã trả kết quả". */
  status: string;
  note?: string;
}
