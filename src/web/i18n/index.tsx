import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatDateTimeVi, formatDateVi, formatNumberVi } from '../../lib/format.ts';
import { en } from './en.ts';
import { type MessageKey, vi } from './vi.ts';

/**
 * Two languages, Vietnamese first. The choice is kept in localStorage and mirrored on
 * `<html lang>` so screen readers pronounce the page right.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'hailong.lang';
const DICTS: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** dd/mm/yyyy of a date ("2025-07-01") or an instant, in Vietnam time, in both languages. */
  date: (value: string | Date) => string;
  dateTime: (value: string | Date) => string;
  /** Vietnamese: decimal comma, thousands dot; English: the reverse. */
  number: (value: number, decimals?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = DICTS[lang];
    return {
      lang,
      setLang,
      t: (key, vars) => interpolate(dict[key], vars),
      date: (v) => formatDateVi(typeof v === 'string' && v.length > 10 ? new Date(v) : v),
      dateTime: (v) => formatDateTimeVi(typeof v === 'string' ? new Date(v) : v),
      number: (v, decimals = 0) =>
        lang === 'vi'
          ? formatNumberVi(v, decimals)
          : v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}

export type { MessageKey };
