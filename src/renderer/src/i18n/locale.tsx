/** The UI locale: Vietnamese first, English second; the choice lives in localStorage. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentKind } from '../../../shared/document/kind';
import { kindOf } from '../../../shared/document/kinds';
import { en } from './strings-en';
import { vi, type Strings } from './strings-vi';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

const STORAGE_KEY = 'thuky.locale';

interface LocaleContextValue {
  locale: Locale;
  t: Strings;
  kindLabel(kind: DocumentKind): string;
  setLocale(locale: Locale): void;
}

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const value = useMemo<LocaleContextValue>(() => {
    return {
      locale,
      t: locale === 'en' ? en : vi,
      kindLabel: (kind) => kindOf(kind).label[locale],
      setLocale: (next) => {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Storage may be unavailable (private mode); the choice then lasts for this session.
        }
        document.documentElement.lang = next;
        setLocaleState(next);
      },
    };
  }, [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}
