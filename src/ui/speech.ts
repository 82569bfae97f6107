// Which of the browser's voices can read a language. Offline, only voices on the device work
// (Chrome's network voices would stay silent), so they are preferred and, offline, required.
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

export function voiceFor<V extends VoiceLike>(voices: readonly V[], language: string, online: boolean): V | undefined {
  const base = language.toLowerCase();
  const speaking = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  const usable = online ? speaking : speaking.filter((voice) => voice.localService);
  // Belgian voices first where there are some (fr-BE, nl-BE), then local ones, then the default.
  const score = (voice: V) => (voice.lang.toUpperCase().endsWith('-BE') ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return [...usable].sort((a, b) => score(b) - score(a))[0];
}
