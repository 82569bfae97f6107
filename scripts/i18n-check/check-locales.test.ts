import { describe, expect, it } from 'vitest';
import { checkLocales } from './check-locales';
import { stringsOf } from './key-usage';
import type { LocaleTree } from './locale-files';

function tree(languages: Record<string, Record<string, Record<string, string>>>): LocaleTree {
  return new Map(Object.entries(languages).map(([language, namespaces]) => [language, new Map(Object.entries(namespaces).map(([ns, texts]) => [ns, new Map(Object.entries(texts))]))]));
}

const french = {
  common: {
    'nav.home': 'Accueil',
    'unread_one': '{{count}} message non lu',
    'unread_other': '{{count}} messages non lus',
    'money': 'Environ {{amount}} par mois',
  },
  rights: { 'right.be-bim.summary': 'Vous payez moins chez le médecin. La mutualité le donne.' },
};

const messages = (input: Parameters<typeof checkLocales>[0]) => checkLocales(input).problems.map((p) => `${p.language}/${p.namespace} ${p.key ?? ''}: ${p.message}`);

describe('the i18n check', () => {
  it('accepts a complete translation with the plural forms its language needs', () => {
    const arabic = { ...french, common: { 'nav.home': 'الرئيسية', money: 'حوالي {{amount}} في الشهر', ...Object.fromEntries(['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => [`unread_${c}`, `{{count}} رسالة`])) } };
    expect(messages({ tree: tree({ fr: french, ar: arabic }), languages: ['fr', 'ar'] })).toEqual([]);
  });

  it('names a missing key, a missing plural form and a missing file', () => {
    const ukrainian = { common: { money: 'Близько {{amount}} на місяць', unread_one: '{{count}} повідомлення', unread_other: '{{count}} повідомлень' } };
    expect(messages({ tree: tree({ fr: french, uk: ukrainian }), languages: ['fr', 'uk'] })).toEqual([
      'uk/common nav.home: missing',
      'uk/common unread_few: missing',
      'uk/common unread_many: missing',
      'uk/rights : the file is missing',
    ]);
  });

  it('refuses broken syntax, an invented placeholder and a dropped one', () => {
    const dutch = { ...french, common: { ...french.common, 'nav.home': 'Start {{naam}}', money: 'Ongeveer {{amount per maand' } };
    expect(messages({ tree: tree({ fr: french, nl: dutch }), languages: ['fr', 'nl'] })).toEqual([
      'nl/common nav.home: uses {{naam}} that the French text does not give',
      'nl/common money: a {{placeholder}} is not closed or has a bad name',
      'nl/common money: leaves out {{amount}}',
    ]);
  });

  it('refuses a right summary with a sentence over twenty words, in any language', () => {
    const long = 'Vous payez moins chez le médecin, chez le dentiste, à la pharmacie, à l’hôpital et dans le bus quand vous avez un petit revenu chaque mois.';
    const result = checkLocales({ tree: tree({ fr: { ...french, rights: { 'right.be-bim.summary': long } } }), languages: ['fr'] });
    expect(result.problems).toEqual([expect.objectContaining({ key: 'right.be-bim.summary', message: expect.stringMatching(/has 26 words/) })]);
    expect(result.figures[0]).toMatchObject({ language: 'fr', translated: 1, longestSummarySentence: 26 });
  });

  it('reports a key that only a translation has, and a language folder the app does not offer', () => {
    const dutch = { ...french, common: { ...french.common, 'nav.old': 'Oud' } };
    expect(messages({ tree: tree({ fr: french, nl: dutch, xx: {} }), languages: ['fr', 'nl'] })).toEqual([
      'xx/* : this folder is not a language the app offers (src/i18n/languages.ts)',
      'nl/common nav.old: not in the French source: remove it or add it there',
    ]);
  });

  it('finds the French keys no code asks for, following keys built at run time', () => {
    const code = stringsOf(`
      const RIGHTS = ['be-bim'];
      t('nav.home'); t('unread', { count });
      // t('money') in a comment does not count
      const text = t(\`rights:right.\${id}.summary\`);
    `);
    expect(messages({ tree: tree({ fr: french }), languages: ['fr'], code })).toEqual(['fr/common money: unused: no code asks for this key']);
  });

  it('counts the figures per language', () => {
    const { figures } = checkLocales({ tree: tree({ fr: french, nl: { common: french.common } }), languages: ['fr', 'nl'] });
    expect(figures.find((f) => f.language === 'nl')?.translated).toBeCloseTo(4 / 5);
  });
});
