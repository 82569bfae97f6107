import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noticeTextsFor } from './notice-texts';

const LOCALES = fileURLToPath(new URL('../../locales', import.meta.url));

describe('the texts bundled into the service worker', () => {
  const texts = noticeTextsFor(LOCALES);

  it('hold the notices and every right name of each language', () => {
    expect(Object.keys(texts)).toEqual(expect.arrayContaining(['fr', 'nl', 'ar']));
    const frRights = JSON.parse(readFileSync(`${LOCALES}/fr/rights.json`, 'utf8')) as { right: Record<string, { name: string }> };
    const frNames = texts.fr!.rights.right as Record<string, { name: string }>;
    expect(Object.keys(frNames)).toEqual(Object.keys(frRights.right));
    expect(frNames['be-bim']?.name).toBe(frRights.right['be-bim']?.name);
    expect(texts.fr!.notices).toHaveProperty('notice');
  });

  it('leave out the rights texts a notice never shows', () => {
    for (const { rights } of Object.values(texts)) {
      expect(Object.keys(rights)).toEqual(['right']);
      for (const right of Object.values(rights.right as Record<string, object>)) expect(Object.keys(right)).toEqual(['name']);
    }
  });
});
