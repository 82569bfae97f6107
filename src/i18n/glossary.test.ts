import { describe, expect, it } from 'vitest';
import { splitTerms, termWords, type GlossaryTerm } from './glossary';

const FRENCH: Partial<Record<GlossaryTerm, string>> = {
  cpas: "CPAS|centre public d'action sociale",
  'integration-income': "revenu d'intégration|RIS",
  mutuality: 'mutualité|mutuelle',
  'tax-assessment': 'avertissement-extrait de rôle',
};
const words = termWords((term) => FRENCH[term] ?? '');

describe('finding glossary terms in a text', () => {
  it('marks the first mention of each term only', () => {
    expect(splitTerms('Allez au CPAS. Le CPAS vous répond.', words)).toEqual([
      { text: 'Allez au ' },
      { text: 'CPAS', term: 'cpas' },
      { text: '. Le CPAS vous répond.' },
    ]);
  });

  it('finds a term whatever its case and apostrophe, and prefers the longest form', () => {
    const parts = splitTerms('Le Revenu d’intégration (RIS) est payé.', words);
    expect(parts.filter((part) => part.term)).toEqual([{ text: 'Revenu d’intégration', term: 'integration-income' }]);
  });

  it('never marks a piece of another word', () => {
    expect(splitTerms('Il faut prise de rendez-vous, mutualités et CPASS.', words).some((part) => part.term)).toBe(false);
  });

  it('finds a Latin acronym inside Arabic text', () => {
    const arabic = termWords((term) => (term === 'cpas' ? 'CPAS|مركز العمل الاجتماعي' : ''));
    expect(splitTerms('اذهب إلى مركز العمل الاجتماعي (CPAS).', arabic).filter((part) => part.term)).toEqual([
      { text: 'مركز العمل الاجتماعي', term: 'cpas' },
    ]);
  });

  it('gives back the text whole when no glossary is loaded', () => {
    expect(splitTerms('Allez au CPAS.', [])).toEqual([{ text: 'Allez au CPAS.' }]);
  });
});
