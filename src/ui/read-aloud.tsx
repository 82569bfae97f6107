// "Listen": reads a text with the phone's own speech synthesis, in the reader's language.
// Shown only when the phone has a voice for that language; nothing is sent anywhere.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { voiceFor } from './speech';

const synthesis = (): SpeechSynthesis | undefined => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined);

function subscribe(onChange: () => void): () => void {
  const speech = synthesis();
  speech?.addEventListener('voiceschanged', onChange);
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    speech?.removeEventListener('voiceschanged', onChange);
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

let cache: { key: string; voice: SpeechSynthesisVoice | undefined } | undefined;

function useVoice(language: string): SpeechSynthesisVoice | undefined {
  return useSyncExternalStore(subscribe, () => {
    const voices = synthesis()?.getVoices() ?? [];
    const key = `${language}|${navigator.onLine}|${voices.map((voice) => `${voice.name}/${voice.lang}`).join()}`;
    // getVoices() returns a new array each time: keep the same answer while nothing changed.
    if (cache?.key !== key) cache = { key, voice: voiceFor(voices, language, navigator.onLine) };
    return cache.voice;
  });
}

export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const voice = useVoice(i18n.language);
  const [speaking, setSpeaking] = useState(false);

  // Leaving the screen stops the reading.
  useEffect(() => () => synthesis()?.cancel(), []);

  if (!voice) return null;
  const toggle = () => {
    const speech = synthesis();
    if (!speech) return;
    speech.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // A little slower than the default: easier to follow for someone learning the language.
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speech.speak(utterance);
  };
  return (
    <button type="button" className="button button--secondary read-aloud" onClick={toggle}>
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
        <path d="M3 9v6h4l5 5V4L7 9H3Zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4Zm-2.5-9.2v2.1a7 7 0 0 1 0 14.2v2.1a9 9 0 0 0 0-18.4Z" />
      </svg>
      {speaking ? t('readAloud.stop') : t('readAloud.listen')}
    </button>
  );
}
