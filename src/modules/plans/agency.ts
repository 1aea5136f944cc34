/**
 * The heading of a document issued by a unit, guessed from the unit's name and its parent's
 * (pure). Every value is only a default: the officer edits them in the draft.
 *
 *   "UBND phường Phương Sài" under "Thành phố Nha Trang" →
 *     no parent line, issuer "ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯƠNG SÀI",
 *     place "Phương Sài", symbols "UBND-VP" (letter) and "QĐ-UBND" (decision),
 *     signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH";
 *   "Sở Y tế tỉnh Khánh Hòa" under "Tỉnh Khánh Hòa" →
 *     parent "UBND TỈNH KHÁNH HÒA", issuer "SỞ Y TẾ", place "Khánh Hòa", "SYT-VP", "QĐ-SYT",
 *     signed by the head in his own title "GIÁM ĐỐC";
 *   "Trạm Y tế phường Vĩnh Hòa" under "UBND phường Vĩnh Hòa" →
 *     parent "UBND PHƯỜNG VĨNH HÒA", issuer "TRẠM Y TẾ\nPHƯỜNG VĨNH HÒA", "TYT", "TRƯỞNG TRẠM".
 *
 * A People's Committee, at any level, prints no parent line: it is the local State administrative
 * body, not an office of the committee above (seed 002: "ỦY BAN NHÂN DÂN / THÀNH PHỐ NHA TRANG" with
 * no "UBND TỈNH KHÁNH HÒA" over it). After 1/7/2025 a ward's parent in the tree is the province, and
 * a guessed "UBND THÀNH PHỐ NHA TRANG" would name an abolished body. The rule's wording in NĐ 30/2020
 * Phụ lục I was not read in an official source here (data/units/README.md). The unit's heading
 * over time is data (units/headings.ts); this guess is only the fallback.
 */
import type { Signature } from '../../documents/index.ts';

export interface UnitName {
  name: string;
  type?: string;
}

export interface Agency {
  parentAgency: string;
  issuingAgency: string;
  place: string;
  /** The agency's abbreviation in symbols: "UBND", "SYT", "TYT". */
  short: string;
  /** Symbol of a letter (công văn): "UBND-VP". */
  letterSymbol: string;
  /** Symbol of a decision: "QĐ-UBND". */
  decisionSymbol: string;
  /** Symbol of a report: "BC-UBND". */
  reportSymbol: string;
  /** Who signs by default, name left for the officer. */
  signature: Signature;
  /** The unit as running text names itself: "UBND phường Phương Sài". */
  selfName: string;
  /** The area or body alone, for "… các đoàn thể phường Phương Sài": "phường Phương Sài", "Sở Y tế". */
  area: string;
  /** The signer's capacity line above a decision's "QUYẾT ĐỊNH:" ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHƯƠNG SÀI"). */
  authorityLine: string;
  /** The body above, as a report's "Nơi nhận" names it ("UBND TỈNH KHÁNH HÒA"), even when no parent line is printed. */
  reportsTo: string;
  /** Who receives dossiers (the heading's desk): "Trung tâm Phục vụ hành chính công phường X", "Bộ phận Một cửa". */
  deskName?: string;
  /** Where the heading comes from; `headingFallback` when it was guessed from the unit's name. */
  headingSource?: string;
  headingFallback?: boolean;
}

const UBND_PREFIX = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu;
const ADMIN_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+/iu;
const ADMIN_TYPES = new Set(['province', 'district', 'commune', 'ward', 'town', 'city']);

function clean(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function caps(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "UBND xã Một, huyện A" → "xã Một": the part after a comma names the district above. */
function localPart(name: string): string {
  return clean(name).split(',')[0]!.trim();
}

/** "phường Phương Sài" → "Phương Sài". */
function placeOf(area: string): string {
  return area.replace(ADMIN_WORDS, '').trim();
}

type Kind = 'ubnd' | 'department' | 'station' | 'other';

function classify(unit: UnitName): { kind: Kind; area: string } {
  const name = localPart(unit.name);
  if (UBND_PREFIX.test(name)) return { kind: 'ubnd', area: name.replace(UBND_PREFIX, '') };
  if (ADMIN_WORDS.test(name) || ADMIN_TYPES.has(unit.type ?? '')) return { kind: 'ubnd', area: name };
  if (/^sở\s/iu.test(name)) return { kind: 'department', area: name };
  if (/^trạm y tế\s/iu.test(name)) return { kind: 'station', area: name.replace(/^trạm y tế\s+/iu, '') };
  return { kind: 'other', area: name };
}

/** "Sở Y tế tỉnh Khánh Hòa" → "SYT"; "Ban Quản lý dự án" → "BQLDA". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => caps(w.charAt(0)).normalize('NFD').charAt(0))
    .join('');
}

/** How a parent is named on the first header line: "UBND THÀNH PHỐ NHA TRANG". */
function parentLine(parent: UnitName | null): string {
  if (!parent) return '';
  const { kind, area } = classify(parent);
  if (kind === 'ubnd') return `UBND ${caps(area)}`;
  return caps(localPart(parent.name).replace(/\s+(tỉnh|thành phố)\s+.*$/iu, ''));
}

function parentPlace(parent: UnitName | null): string {
  if (!parent) return '';
  const { kind, area } = classify(parent);
  return kind === 'ubnd'
    ? placeOf(area)
    : placeOf(localPart(parent.name).replace(/^.*\s(tỉnh|thành phố)\s+/iu, ''));
}

/**
 * Who signs a People's Committee's document (NĐ 30/2020, Phụ lục I): the Chairman "TM. ỦY BAN NHÂN
 * DÂN / CHỦ TỊCH", or a Vice-Chairman for him "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
 */
export function committeeSignature(signer: 'chairman' | 'deputy' = 'chairman'): Signature {
  return signer === 'deputy'
    ? { authority: 'TM. ỦY BAN NHÂN DÂN', deputyOf: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: '' }
    : { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' };
}

export function agencyOf(
  unit: UnitName,
  parent: UnitName | null,
  options: { signer?: 'chairman' | 'deputy' } = {},
): Agency {
  const { kind, area } = classify(unit);
  const reportsTo = parentLine(parent);
  const parentAgency = kind === 'ubnd' ? '' : reportsTo;
  switch (kind) {
    case 'ubnd': {
      const issuer = caps(area);
      return {
        parentAgency,
        issuingAgency: `ỦY BAN NHÂN DÂN\n${issuer}`,
        place: placeOf(area),
        short: 'UBND',
        letterSymbol: 'UBND-VP',
        decisionSymbol: 'QĐ-UBND',
        reportSymbol: 'BC-UBND',
        signature: committeeSignature(options.signer),
        selfName: `UBND ${area}`,
        area,
        authorityLine: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${issuer}`,
        reportsTo,
      };
    }
    case 'department': {
      // "Sở Y tế tỉnh Khánh Hòa" → issuer "SỞ Y TẾ", place from the province.
      const own = localPart(unit.name).replace(/\s+(tỉnh|thành phố)\s+.*$/iu, '');
      const short = initials(own);
      const province = /\s(?:tỉnh|thành phố)\s+(.+)$/iu.exec(localPart(unit.name))?.[1];
      return {
        parentAgency,
        issuingAgency: caps(own),
        place: province ? clean(province) : parentPlace(parent),
        short,
        letterSymbol: `${short}-VP`,
        decisionSymbol: `QĐ-${short}`,
        reportSymbol: `BC-${short}`,
        signature: { title: 'GIÁM ĐỐC', name: '' },
        selfName: localPart(unit.name),
        area: own,
        authorityLine: `GIÁM ĐỐC ${caps(localPart(unit.name))}`,
        reportsTo,
      };
    }
    case 'station':
      return {
        parentAgency,
        issuingAgency: `TRẠM Y TẾ\n${caps(area)}`,
        place: placeOf(area),
        short: 'TYT',
        letterSymbol: 'TYT',
        decisionSymbol: 'QĐ-TYT',
        reportSymbol: 'BC-TYT',
        signature: { title: 'TRƯỞNG TRẠM', name: '' },
        selfName: localPart(unit.name),
        area: localPart(unit.name),
        authorityLine: `TRƯỞNG TRẠM Y TẾ ${caps(area)}`,
        reportsTo,
      };
    default: {
      const short = initials(area);
      return {
        parentAgency,
        issuingAgency: caps(area),
        place: parentPlace(parent) || area,
        short,
        letterSymbol: short,
        decisionSymbol: `QĐ-${short}`,
        reportSymbol: `BC-${short}`,
        signature: { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
        selfName: area,
        area,
        authorityLine: `THỦ TRƯỞNG ${caps(area)}`,
        reportsTo,
      };
    }
  }
}

/** The part of a unit's stored heading (units/headings.ts) a document's header takes. */
export interface HeadingLines {
  parentAgency: string;
  issuingAgency: string;
  place: string;
  short: string;
}

/**
 * The guess with the unit's heading valid on the document's date laid over it: the header lines,
 * the place and, when the abbreviation differs from the guess, the symbols built from it.
 */
export function agencyWithHeading(agency: Agency, heading: HeadingLines): Agency {
  const same = heading.short === agency.short;
  return {
    ...agency,
    parentAgency: heading.parentAgency,
    issuingAgency: heading.issuingAgency,
    place: heading.place,
    short: heading.short,
    letterSymbol: same ? agency.letterSymbol : `${heading.short}-VP`,
    decisionSymbol: same ? agency.decisionSymbol : `QĐ-${heading.short}`,
    reportSymbol: same ? agency.reportSymbol : `BC-${heading.short}`,
  };
}
