import { describe, expect, it } from 'vitest';
import { voiceFor } from './speech';

const voices = [
  { name: 'Google français', lang: 'fr-FR', localService: false },
  { name: 'Amélie', lang: 'fr-FR', localService: true },
  { name: 'Tarik', lang: 'ar_SA', localService: true },
  { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
];

describe('choosing a voice to read aloud', () => {
  it('prefers a voice on the device in the reader’s language', () => {
    expect(voiceFor(voices, 'fr', true)?.name).toBe('Amélie');
    expect(voiceFor(voices, 'ar', true)?.name).toBe('Tarik');
  });

  it('uses a network voice only while online', () => {
    expect(voiceFor(voices, 'nl', true)?.name).toBe('Google Nederlands');
    expect(voiceFor(voices, 'nl', false)).toBeUndefined();
  });

  it('finds no voice for a language the phone cannot speak', () => {
    expect(voiceFor(voices, 'uk', true)).toBeUndefined();
  });
});
