import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../i18n';
import { ReadAloud } from './read-aloud';

class Utterance {
  voice: unknown;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function installSpeech(voices: Array<{ name: string; lang: string; localService: boolean }>) {
  const listeners = new Set<() => void>();
  const speech = {
    voices,
    getVoices: () => speech.voices,
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    voicesArrive(more: typeof voices) {
      speech.voices = more;
      listeners.forEach((listener) => listener());
    },
  };
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return speech;
}

beforeAll(async () => {
  await initI18n('fr');
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await changeLanguage('fr');
});

describe('reading a text aloud', () => {
  it('reads the text in the reader’s language with a voice of the phone, and stops on a second tap', async () => {
    const speech = installSpeech([{ name: 'Amélie', lang: 'fr-FR', localService: true }]);
    render(<ReadAloud text="Vous payez moins chez le médecin." />);
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    const utterance = speech.speak.mock.calls[0]![0] as Utterance;
    expect(utterance).toMatchObject({ text: 'Vous payez moins chez le médecin.', lang: 'fr-FR', voice: { name: 'Amélie' } });
    await userEvent.click(screen.getByRole('button', { name: 'Arrêter la lecture' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeInTheDocument();
  });

  it('is hidden when the phone has no voice for the language, and appears when one is installed', async () => {
    const speech = installSpeech([{ name: 'Amélie', lang: 'fr-FR', localService: true }]);
    await changeLanguage('uk');
    render(<ReadAloud text="Текст" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    act(() => speech.voicesArrive([{ name: 'Lesya', lang: 'uk-UA', localService: true }]));
    expect(screen.getByRole('button')).toBeInTheDocument();
  });

  it('is hidden where the browser cannot speak at all', () => {
    render(<ReadAloud text="Vous payez moins." />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
