// The service worker writes reminders while the app is closed, in every language the app
// speaks. It needs only the notices texts and the rights' names: bundling whole rights files
// (summaries, reasons, steps) for seven languages would cost it over 60 KB gzip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:notice-texts';
const RESOLVED = `\0${ID}`;

type Json = Record<string, unknown>;

function rightNames(rights: Json): Json {
  const names: Json = {};
  for (const [id, right] of Object.entries((rights.right ?? {}) as Record<string, Json>)) {
    if (typeof right.name === 'string') names[id] = { name: right.name };
  }
  return { right: names };
}

export function noticeTextsFor(localesDir: string): Record<string, { notices: Json; rights: Json }> {
  const texts: Record<string, { notices: Json; rights: Json }> = {};
  for (const language of readdirSync(localesDir)) {
    // A language without the file falls back to French at run time, as in the app.
    const read = (file: string): Json => {
      const path = join(localesDir, language, file);
      return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : {};
    };
    texts[language] = { notices: read('notices.json'), rights: rightNames(read('rights.json')) };
  }
  return texts;
}

export function noticeTexts(localesDir: string): Plugin {
  return {
    name: 'carnet-notice-texts',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const language of readdirSync(localesDir)) this.addWatchFile(join(localesDir, language));
      return `export default ${JSON.stringify(noticeTextsFor(localesDir))};`;
    },
  };
}
