// The check that `npm run i18n:check` runs, on the app's own locales and code: every language
// is complete and consistent, so a missing translation fails the tests, not only CI's check.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { checkLocales } from './check-locales';
import { readCodeStrings } from './key-usage';
import { readLocales } from './locale-files';

describe("the app's locales", () => {
  const { tree, unreadable } = readLocales('locales');
  const result = checkLocales({ tree, languages: LANGUAGES.map((language) => language.code), code: readCodeStrings('src') });

  it('are all readable JSON', () => {
    expect(unreadable).toEqual([]);
  });

  it('have no missing, unused or broken text in any language', () => {
    expect(result.problems.map((problem) => `${problem.language}/${problem.namespace} ${problem.key ?? ''}: ${problem.message}`)).toEqual([]);
  });

  it.each(LANGUAGES.map((language) => language.code))('are fully translated in %s', (language) => {
    expect(result.figures.find((figure) => figure.language === language)?.translated).toBe(1);
  });
});
