// Every right speaks each of the app's languages: its name, its two-sentence summary,
// the steps to claim it, and every reason the engine can give about it, with the same
// placeholders as the values the engine provides.
import fc from 'fast-check';
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/rights/catalogue/catalogue';
import { evaluateRights } from '../../src/domain/rights/engine/evaluate';
import type { Reason } from '../../src/domain/rights/engine/reason';
import { arbitraryDay, arbitraryProfile } from '../../src/domain/testing/arbitrary-profile';
import { LANGUAGES } from '../../src/i18n/languages';
import { MAX_SUMMARY_SENTENCE_WORDS, sentencesOf, wordCount } from '../../scripts/i18n-check/sentences';
import { renderReason } from '../../src/i18n/render-reason';

export const CATALOGUE_LANGUAGES = LANGUAGES.map((language) => language.code);
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/rights.json', { eager: true });

const instances: Record<string, i18n> = {};

beforeAll(async () => {
  for (const language of CATALOGUE_LANGUAGES) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      fallbackLng: false,
      ns: ['rights'],
      defaultNS: 'rights',
      resources: { [language]: { rights: files[`../../locales/${language}/rights.json`]?.default ?? {} } },
      interpolation: { escapeValue: false },
    });
    instances[language] = instance;
  }
});

let reasons: Reason[] | undefined;

// The same few thousand households for every language: the reasons are drawn once.
function collectReasons(): Reason[] {
  return (reasons ??= drawReasons());
}

function drawReasons(): Reason[] {
  const seen = new Map<string, Reason>();
  fc.assert(
    fc.property(arbitraryProfile, arbitraryDay, (profile, day) => {
      for (const result of evaluateRights(profile, day, CATALOGUE).results) {
        for (const reason of result.reasons) {
          const signature = `${reason.key}|${Object.keys(reason.values ?? {}).sort().join(',')}`;
          if (!seen.has(signature)) seen.set(signature, reason);
        }
      }
    }),
    { numRuns: 4000, seed: 20261122 },
  );
  return [...seen.values()];
}

describe.each(CATALOGUE_LANGUAGES)('texts of the rights in %s', (language) => {
  const has = (key: string) => instances[language]!.exists(key, { ns: 'rights' });

  it('names and summarises every right in two short sentences', () => {
    for (const right of CATALOGUE.rights) {
      expect(has(`right.${right.id}.name`), `${right.id}.name`).toBe(true);
      expect(has(`right.${right.id}.summary`), `${right.id}.summary`).toBe(true);
      const summary = (instances[language]!.t as unknown as (key: string) => string)(`right.${right.id}.summary`);
      const sentences = sentencesOf(summary);
      expect(sentences.length, `${right.id} summary: ${summary}`).toBeLessThanOrEqual(2);
      for (const sentence of sentences) expect(wordCount(sentence), `${right.id}: "${sentence}"`).toBeLessThanOrEqual(MAX_SUMMARY_SENTENCE_WORDS);
    }
  });

  it('says how to claim every right: steps, documents, who decides, what to ask', () => {
    for (const right of CATALOGUE.rights) {
      for (let step = 1; step <= right.claim.steps; step += 1) expect(has(`right.${right.id}.steps.${step}`), `${right.id} step ${step}`).toBe(true);
      expect(has(`right.${right.id}.steps.${right.claim.steps + 1}`), `${right.id} has more steps than claim.steps`).toBe(false);
      expect(has(`provider.${right.provider}`), right.provider).toBe(true);
      for (const document of right.claim.documents) expect(has(`document.${document}`), `document ${document}`).toBe(true);
      for (const condition of right.worthAsking) expect(has(`worthAsking.${condition}`), `worthAsking ${condition}`).toBe(true);
    }
  });

  it('puts into words every reason the engine gives, with every placeholder filled', { timeout: 120_000 }, () => {
    const t = instances[language]!.t.bind(instances[language]!) as (key: string, options?: Record<string, unknown>) => string;
    for (const reason of collectReasons()) {
      expect(has(`reason.${reason.key}`), `reason.${reason.key}`).toBe(true);
      const text = renderReason(reason, (key, options) => t(key.replace(/^rights:/, ''), options), language);
      expect(text, `reason.${reason.key}`).not.toMatch(/{{|}}|rights:|reason\./);
      for (const name of Object.keys(reason.values ?? {})) {
        if (name !== 'right' && name !== 'year' && typeof reason.values?.[name] === 'string') {
          const key = `value.${name}.${String(reason.values[name])}`;
          expect(has(key), key).toBe(true);
        }
      }
    }
  });
});
