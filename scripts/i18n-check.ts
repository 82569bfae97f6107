// `npm run i18n:check`: fails on a missing, unused or stale key, broken message syntax, a
// placeholder a translation invents or drops, and a right's summary with a sentence over 20
// words; prints, per language, the share translated and the average sentence length.
import { LANGUAGES } from '../src/i18n/languages';
import { readLocales } from './i18n-check/locale-files';
import { readCodeStrings } from './i18n-check/key-usage';
import { checkLocales } from './i18n-check/check-locales';

const { tree, unreadable } = readLocales('locales');
const { problems, figures } = checkLocales({ tree, languages: LANGUAGES.map((language) => language.code), code: readCodeStrings('src') });

console.log('language  translated  words/sentence  longest summary sentence  review');
for (const figure of figures) {
  const language = LANGUAGES.find((candidate) => candidate.code === figure.language);
  const review = figure.language === 'fr' ? 'source' : language?.reviewed ? 'reviewed by a native speaker' : 'not reviewed yet';
  console.log(
    `${figure.language.padEnd(9)} ${`${(figure.translated * 100).toFixed(1)} %`.padStart(10)}  ${figure.averageSentenceWords.toFixed(1).padStart(14)}  ${String(figure.longestSummarySentence).padStart(24)}  ${review}`,
  );
}

for (const file of unreadable) console.error(`${file.file}: not valid JSON (${file.error})`);
for (const problem of problems) console.error(`${problem.language}/${problem.namespace}.json${problem.key ? ` ${problem.key}` : ''}: ${problem.message}`);
const failures = problems.length + unreadable.length;
console.log(failures === 0 ? 'i18n check: no problem' : `i18n check: ${failures} problem${failures === 1 ? '' : 's'}`);
process.exit(failures === 0 ? 0 : 1);
