// Until the full language work lands (its own check, `npm run i18n:check`), the shell is
// complete in Dutch and the rights' texts in Dutch, German and English: every French key exists,
// with the same placeholders.
import { describe, expect, it } from 'vitest';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
const namespaces = Object.keys(files).filter((path) => path.includes('/fr/')).map((path) => path.split('/').pop()!.replace('.json', ''));

const EXPECTED: Record<string, string[]> = { nl: namespaces, de: ['rights'], en: ['rights'] };

describe.each(Object.entries(EXPECTED))('%s texts', (language, expected) => {
  it.each(expected)('has every key of the French %s file, with its placeholders', (namespace) => {
    const source = flatten(files[`../../locales/fr/${namespace}.json`]?.default);
    const target = flatten(files[`../../locales/${language}/${namespace}.json`]?.default);
    // Plural forms differ between languages: compare on the key without its plural suffix.
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const targetBases = new Set([...target.keys()].map(base));
    const missing = [...source.keys()].filter((key) => !targetBases.has(base(key)));
    expect(missing).toEqual([]);
    for (const [key, text] of source) {
      const translated = target.get(key);
      if (translated === undefined) continue;
      // A singular form may leave the number out ("Show the other one").
      if (key.endsWith('_one')) expect(placeholders(text), `${language}/${namespace}: ${key}`).toEqual(expect.arrayContaining(placeholders(translated)));
      else expect(placeholders(translated), `${language}/${namespace}: ${key}`).toEqual(placeholders(text));
    }
  });
});
