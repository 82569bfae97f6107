import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import frNotices from '../../locales/fr/notices.json';
import frRights from '../../locales/fr/rights.json';
import nlNotices from '../../locales/nl/notices.json';
import nlRights from '../../locales/nl/rights.json';
import { noticeText } from './notice-text';
import type { Translate } from './render-reason';

let fr: Translate;
let nl: Translate;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  const make = async (lng: string, notices: object, rights: object) => {
    const instance = i18next.createInstance();
    await instance.init({ lng, resources: { [lng]: { notices, rights } }, ns: ['notices', 'rights'], interpolation: { escapeValue: false } });
    return instance.t.bind(instance) as unknown as Translate;
  };
  fr = await make('fr', frNotices, frRights);
  nl = await make('nl', nlNotices, nlRights);
});

describe('notices in the reader’s words', () => {
  it('names the right and its monthly value, money written the local way', () => {
    const notice = { kind: 'unclaimed', rightId: 'be-integration-income', params: { monthly: 1314.2 } };
    const text = noticeText(notice, fr, 'fr');
    expect(text.title).toBe("Revenu d'intégration");
    expect(plain(text.body)).toContain('environ 1 314,20 € par mois');
    expect(plain(noticeText(notice, nl, 'nl').body)).toContain('ongeveer € 1.314,20 per maand');
  });

  it('counts weeks with the right plural and writes the day of the request', () => {
    const one = noticeText({ kind: 'follow-up', rightId: 'be-bim', params: { weeks: 1, since: '2026-11-15' } }, fr, 'fr');
    const four = noticeText({ kind: 'follow-up', rightId: 'be-bim', params: { weeks: 4, since: '2026-10-20' } }, fr, 'fr');
    expect(one.body).toContain('il y a 1 semaine.');
    expect(four.body).toContain('le 20 octobre 2026, il y a 4 semaines');
  });

  it('gives a deadline its date, and a change its direction', () => {
    expect(noticeText({ kind: 'deadline', rightId: 'be-heating-allowance', params: { deadline: '2026-12-09', delivery: '2026-10-10' } }, fr, 'fr').title).toBe(
      'Allocation de chauffage : à demander avant le 9 décembre 2026',
    );
    expect(noticeText({ kind: 'change', rightId: 'be-grapa', params: { on: '2030-02-01', from: 'eligible', to: 'not-eligible' } }, nl, 'nl').body).toContain(
      'geen recht meer',
    );
  });

  it('says "new" and why, or "reminder" for a second mention', () => {
    expect(noticeText({ kind: 'new-right', rightId: 'be-bim', params: { because: 'catalogue' } }, fr, 'fr')).toMatchObject({ title: 'Nouveau : Intervention majorée (BIM)', body: expect.stringContaining('connaît maintenant') });
    expect(noticeText({ kind: 'unclaimed', rightId: 'be-bim', params: { monthly: 0, reminder: 1 } }, fr, 'fr').title).toBe('Rappel : Intervention majorée (BIM)');
  });
});
