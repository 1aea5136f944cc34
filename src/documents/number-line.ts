/**
 * The number and symbol line of NĐ 30/2020 (ô số 3): "Số: 632/UBND-NV". Numbers below 10 take a
 * leading zero ("Số: 05/QĐ-SYT"). Before the clerk registers the document the number is left blank
 * for hand-writing: "Số:      /UBND-NV".
 */
import { blank, NUMBER_BLANK } from './blank.ts';

/** 5 → "05", 632 → "632", "" → blank. */
export function registerNumber(number?: number | string): string {
  const text = number === undefined ? '' : String(number).trim();
  if (text === '') return blank(NUMBER_BLANK);
  return /^\d$/.test(text) ? `0${text}` : text;
}

/** "Số: 632/UBND-NV"; the symbol is written in capitals as NĐ 30 requires. */
export function numberLine(number: number | string | undefined, symbol: string): string {
  return `Số: ${registerNumber(number)}/${symbol.trim().toLocaleUpperCase('vi')}`;
}
