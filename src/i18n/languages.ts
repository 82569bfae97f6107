// The languages Carnet speaks. French is the source; every other language is translated from
// it. `reviewed` is shown honestly in the picker: a translation nobody native has read yet
// says so.
export interface Language {
  code: string;
  /** The language's name in itself, so that people find their own language. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** Locale used by Intl for numbers, money and dates (Belgian conventions where they exist). */
  intlLocale: string;
  reviewed: boolean;
}

export const SOURCE_LANGUAGE = 'fr';

export const LANGUAGES: readonly Language[] = [
  { code: 'fr', nativeName: 'Français', dir: 'ltr', intlLocale: 'fr-BE', reviewed: true },
  { code: 'nl', nativeName: 'Nederlands', dir: 'ltr', intlLocale: 'nl-BE', reviewed: false },
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr', intlLocale: 'de-BE', reviewed: false },
  { code: 'en', nativeName: 'English', dir: 'ltr', intlLocale: 'en-BE', reviewed: false },
  // Latin digits, as on every Belgian letter and bill the reader will compare with.
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', intlLocale: 'ar-BE-u-nu-latn', reviewed: false },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', intlLocale: 'tr-BE', reviewed: false },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', intlLocale: 'uk-BE', reviewed: false },
];

export function findLanguage(code: string | undefined): Language | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/** The first of the browser's preferred languages that Carnet speaks, else French. */
export function preferredLanguage(candidates: readonly string[]): string {
  for (const candidate of candidates) {
    const base = candidate.toLowerCase().split('-')[0];
    const found = findLanguage(base);
    if (found) return found.code;
  }
  return SOURCE_LANGUAGE;
}
