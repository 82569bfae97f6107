// Words of Belgian social law that cannot be avoided (CPAS, BIM, mutualité…). Each language's
// `glossary.json` says how the word is written in its texts (`words`, separated by "|") and
// explains it; this module finds the first mention of each term in a text so the screen can
// turn it into a word to tap.
export const GLOSSARY_TERMS = [
  'cpas',
  'mutuality',
  'commune',
  'bim',
  'grapa',
  'integration-income',
  'household',
  'tax-assessment',
  'taxable-income',
  'cohabitant',
  'legal-aid-office',
  'residence-permit',
  'family-allowances',
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export type TextPart = { text: string; term?: undefined } | { text: string; term: GlossaryTerm };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How each term is written, longest first so "revenu d'intégration" wins over "RIS". */
export type TermWords = ReadonlyArray<{ term: GlossaryTerm; word: string }>;

export function termWords(wordsOf: (term: GlossaryTerm) => string): TermWords {
  return GLOSSARY_TERMS.flatMap((term) =>
    wordsOf(term)
      .split('|')
      .map((word) => word.trim())
      .filter((word) => word.length > 1)
      .map((word) => ({ term, word })),
  ).sort((a, b) => b.word.length - a.word.length);
}

/**
 * Splits a text into plain parts and the first mention of each term. A word matches only
 * whole (not "ris" inside "prise"), in any script; apostrophes may be ' or ’. Texts shown
 * together (the steps of a list) share `seen`, so a term is marked once for all of them.
 */
export function splitTerms(text: string, words: TermWords, seen = new Set<GlossaryTerm>()): TextPart[] {
  if (words.length === 0) return [{ text }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.map(({ word }) => escape(word).replace(/['’]/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const found = match[0].toLocaleLowerCase().replace(/’/g, "'");
    const term = words.find(({ word }) => word.toLocaleLowerCase().replace(/’/g, "'") === found)?.term;
    if (!term || seen.has(term)) continue;
    seen.add(term);
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], term });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
