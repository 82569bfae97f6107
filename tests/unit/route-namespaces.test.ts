// Each screen fetches its texts together with its code (routes.tsx). A key from a namespace the
// route does not declare would show up as a raw key ("rights:status.asked") the first time the
// screen opens, so this test reads each screen's static imports and the keys they use.
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/i18n/i18n';

const SOURCES = import.meta.glob<string>(['../../src/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });
const SRC = '../../src';
const SHELL = new Set(['common', 'errors']);
const NAMESPACE = NAMESPACES.join('|');
const USES = [
  new RegExp(`useTranslation\\(\\s*\\[?\\s*'(${NAMESPACE})'`, 'g'),
  new RegExp(`['\`](${NAMESPACE}):`, 'g'),
  new RegExp(`ns:\\s*'(${NAMESPACE})'`, 'g'),
];

/** Joins a relative import to the importing file's folder, as a key of SOURCES. */
function join(folder: string, specifier: string): string {
  const parts = folder.split('/');
  for (const part of specifier.split('/')) {
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const dirname = (file: string) => file.slice(0, file.lastIndexOf('/'));
const relative = (file: string) => file.slice(SRC.length + 1);

function resolve(specifier: string, from: string): string | undefined {
  const base = join(dirname(from), specifier);
  return ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find((file) => file in SOURCES);
}

/** Namespaces used by a module and everything it imports statically (dynamic imports load later). */
function namespacesUsed(entry: string): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = SOURCES[file]!;
    for (const pattern of USES) for (const match of source.matchAll(pattern)) used.set(match[1]!, relative(file));
    for (const match of source.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const target = resolve(match[1]!, file);
      if (target) visit(target);
    }
  };
  visit(entry);
  return used;
}

const ROUTES_FILE = `${SRC}/app/routes.tsx`;
const routesSource = SOURCES[ROUTES_FILE]!;
const screens = [...routesSource.matchAll(/screen\(\(\) => import\('([^']+)'\), '\w+', \[([^\]]*)\]\)/g)].map((match) => ({
  file: resolve(match[1]!, ROUTES_FILE)!,
  declared: new Set([...match[2]!.matchAll(/'(\w+)'/g)].map((name) => name[1]!)),
}));

describe('the texts each screen fetches', () => {
  it('finds every screen of the route table', () => {
    expect(screens.length).toBeGreaterThanOrEqual(8);
    for (const { file } of screens) expect(file).toBeDefined();
  });

  it.each(screens.map((screen) => [relative(screen.file), screen] as const))('cover every key %s uses', (_name, { file, declared }) => {
    const missing = [...namespacesUsed(file)].filter(([namespace]) => !declared.has(namespace) && !SHELL.has(namespace));
    expect(missing.map(([namespace, where]) => `${namespace} (used in ${where})`)).toEqual([]);
  });

  it('keep the shell itself to the shell namespaces', () => {
    const used = [...namespacesUsed(`${SRC}/main.tsx`)].filter(([namespace]) => !SHELL.has(namespace));
    expect(used.map(([namespace, where]) => `${namespace} (used in ${where})`)).toEqual([]);
  });
});
