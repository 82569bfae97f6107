// Reads locales/<language>/<namespace>.json into flat maps: "a.b.c" → text.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type FlatTexts = Map<string, string>;
/** language → namespace → flat texts */
export type LocaleTree = Map<string, Map<string, FlatTexts>>;

export interface UnreadableFile {
  file: string;
  error: string;
}

export function flatten(value: unknown, prefix = '', out: FlatTexts = new Map()): FlatTexts {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, String(value));
  return out;
}

export function readLocales(root: string): { tree: LocaleTree; unreadable: UnreadableFile[] } {
  const tree: LocaleTree = new Map();
  const unreadable: UnreadableFile[] = [];
  if (!existsSync(root)) return { tree, unreadable };
  for (const language of readdirSync(root, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const namespaces = new Map<string, FlatTexts>();
    for (const file of readdirSync(join(root, language.name))) {
      if (!file.endsWith('.json')) continue;
      const path = join(root, language.name, file);
      try {
        namespaces.set(file.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(path, 'utf8'))));
      } catch (error) {
        unreadable.push({ file: path, error: (error as Error).message });
      }
    }
    tree.set(language.name, namespaces);
  }
  return { tree, unreadable };
}
