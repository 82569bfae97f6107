// The whole check, as data: problems that fail the build, and figures that describe each
// language. Printing is left to scripts/i18n-check.ts.
import type { LocaleTree } from './locale-files';
import { placeholders, syntaxErrors, tags } from './message-syntax';
import { pluralBase, pluralCategories } from './plurals';
import { MAX_SUMMARY_SENTENCE_WORDS, sentencesOf, wordCount } from './sentences';
import { compile, keyIsUsed, type CodeStrings } from './key-usage';

export const SOURCE = 'fr';
export { MAX_SUMMARY_SENTENCE_WORDS };
const SUMMARY = /^right\.[^.]+\.summary$/;

export interface Problem {
  language: string;
  namespace: string;
  key?: string;
  message: string;
}

export interface LanguageFigures {
  language: string;
  /** Share of the French keys this language has, 0–1. */
  translated: number;
  averageSentenceWords: number;
  longestSummarySentence: number;
}

export interface CheckResult {
  problems: Problem[];
  figures: LanguageFigures[];
}

export interface CheckInput {
  tree: LocaleTree;
  /** The languages the app offers. */
  languages: readonly string[];
  /** Strings found in the code; without them, unused French keys are not looked for. */
  code?: CodeStrings;
}

/** French keys grouped by plural base: base → the French forms. */
function sourceBases(texts: Map<string, string>): Map<string, string[]> {
  const bases = new Map<string, string[]>();
  for (const key of texts.keys()) {
    const { base } = pluralBase(key);
    bases.set(base, [...(bases.get(base) ?? []), key]);
  }
  return bases;
}

function isPlural(forms: string[]): boolean {
  return forms.some((key) => pluralBase(key).category !== undefined);
}

export function checkLocales({ tree, languages, code }: CheckInput): CheckResult {
  const problems: Problem[] = [];
  const figures: LanguageFigures[] = [];
  const source = tree.get(SOURCE);
  if (!source) return { problems: [{ language: SOURCE, namespace: '*', message: 'the French source texts are missing' }], figures };

  for (const language of tree.keys()) {
    if (!languages.includes(language)) problems.push({ language, namespace: '*', message: 'this folder is not a language the app offers (src/i18n/languages.ts)' });
  }

  for (const language of languages) {
    const namespaces = tree.get(language) ?? new Map<string, Map<string, string>>();
    const categories = pluralCategories(language);
    let required = 0;
    let present = 0;
    let words = 0;
    let sentences = 0;
    let longestSummarySentence = 0;

    for (const [namespace, sourceTexts] of source) {
      const texts = namespaces.get(namespace);
      const problem = (message: string, key?: string) => problems.push({ language, namespace, key, message });
      if (!texts) {
        problem('the file is missing');
        required += sourceTexts.size;
        continue;
      }
      const bases = sourceBases(sourceTexts);
      const expected = new Set<string>();
      for (const [base, forms] of bases) {
        const keys = isPlural(forms) ? categories.map((category) => `${base}_${category}`) : [base];
        // A French key with only `_other` (no count-dependent wording) needs only `_other`.
        const needed = isPlural(forms) && forms.length === 1 ? [`${base}_other`] : keys;
        for (const key of keys) expected.add(key);
        const allowed = new Set(forms.flatMap((form) => placeholders(sourceTexts.get(form)!)));
        const sourceTags = tags(sourceTexts.get(forms.find((form) => form.endsWith('_other')) ?? forms[0]!)!);
        for (const key of needed) {
          required += 1;
          const text = texts.get(key);
          if (text === undefined) {
            problem('missing', key);
            continue;
          }
          present += 1;
          if (language !== SOURCE && text.trim() === '') problem('empty', key);
          for (const error of syntaxErrors(text)) problem(error, key);
          const used = placeholders(text);
          const unknown = used.filter((name) => !allowed.has(name));
          if (unknown.length > 0) problem(`uses {{${unknown.join('}}, {{')}}} that the French text does not give`, key);
          const dropped = [...allowed].filter((name) => name !== 'count' && !used.includes(name));
          if (!isPlural(forms) && dropped.length > 0) problem(`leaves out {{${dropped.join('}}, {{')}}}`, key);
          if (tags(text).join() !== sourceTags.join()) problem(`has tags ${tags(text).join(' ') || 'none'} where French has ${sourceTags.join(' ') || 'none'}`, key);
          for (const sentence of sentencesOf(text)) {
            const count = wordCount(sentence);
            words += count;
            sentences += 1;
            if (SUMMARY.test(key) && namespace === 'rights') {
              longestSummarySentence = Math.max(longestSummarySentence, count);
              if (count > MAX_SUMMARY_SENTENCE_WORDS) problem(`a summary sentence has ${count} words (at most ${MAX_SUMMARY_SENTENCE_WORDS}): "${sentence}"`, key);
            }
          }
        }
      }
      for (const key of texts.keys()) {
        if (!expected.has(key) && !sourceTexts.has(key)) problem('not in the French source: remove it or add it there', key);
      }
      if (language === SOURCE && code) {
        const patterns = compile(code);
        for (const base of bases.keys()) if (!keyIsUsed(namespace, base, code, patterns)) problem('unused: no code asks for this key', base);
      }
    }
    for (const namespace of namespaces.keys()) {
      if (!source.has(namespace)) problems.push({ language, namespace, message: 'no French file of this name' });
    }
    figures.push({
      language,
      translated: required === 0 ? 1 : present / required,
      averageSentenceWords: sentences === 0 ? 0 : words / sentences,
      longestSummarySentence,
    });
  }
  return { problems, figures };
}
