// Sentence and word counts for the plain-language check. Words are runs of letters or digits
// in any script, so Arabic, Ukrainian and Turkish are counted like French.
/** Plain language: a right's summary keeps each sentence within this many words. */
export const MAX_SUMMARY_SENTENCE_WORDS = 20;

// A full stop after a digit is an ordinal ("2. sınıf", "2. Klasse"), not the end of a sentence.
const SENTENCE_END = /(?<=(?<!\p{N})\.|[!?؟…])\s+/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Placeholders and tags are not words the reader sees as such. */
function readable(text: string): string {
  return text.replace(/{{[^}]*}}/g, 'X').replace(/<\/?[\w-]+\s*\/?>/g, '');
}

export function sentencesOf(text: string): string[] {
  return readable(text)
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordCount(sentence) > 0);
}

export function wordCount(sentence: string): number {
  return sentence.match(WORD)?.length ?? 0;
}
