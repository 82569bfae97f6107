// Which translation keys the code can ask for. Keys are often built at run time
// (`rights:right.${id}.name`), so the code is read for two things: every string literal, and
// every template literal as a pattern whose holes must be filled by a literal found somewhere
// in the code (a right id, a status, a property name like `fuel` in `{ fuel: heating }`), by
// a number, or by what another template builds (`status.not.${status}` in the engine, rendered
// through `rights:reason.${key}`). A key is used when it, or `namespace:key`, is a literal, or
// when a pattern matches it that way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CodeStrings {
  literals: Set<string>;
  /** Template literals with at least one hole, as their static parts. */
  templates: string[][];
}

/** String literals and template literals of one source file (comments are skipped). */
export function stringsOf(source: string, into: CodeStrings = { literals: new Set(), templates: [] }): CodeStrings {
  let i = 0;
  const readQuoted = (quote: string): string => {
    let text = '';
    for (i += 1; i < source.length && source[i] !== quote; i += 1) {
      if (source[i] === '\\') i += 1;
      if (source[i] === '\n') break;
      text += source[i];
    }
    i += 1;
    return text;
  };
  const readTemplate = (): void => {
    const parts: string[] = [];
    let part = '';
    for (i += 1; i < source.length && source[i] !== '`'; i += 1) {
      if (source[i] === '\\') {
        i += 1;
        part += source[i] ?? '';
      } else if (source[i] === '$' && source[i + 1] === '{') {
        // Skip the expression, reading nested strings so their braces don't count.
        let depth = 1;
        for (i += 2; i < source.length && depth > 0; ) {
          const char = source[i]!;
          if (char === "'" || char === '"') into.literals.add(readQuoted(char));
          else if (char === '`') {
            readTemplate();
            i += 1;
          } else {
            if (char === '{') depth += 1;
            if (char === '}') depth -= 1;
            i += 1;
          }
        }
        i -= 1;
        parts.push(part);
        part = '';
      } else part += source[i];
    }
    parts.push(part);
    if (parts.length === 1) into.literals.add(part);
    else into.templates.push(parts);
  };
  for (const match of source.matchAll(/[{,]\s*([A-Za-z_$][\w$]*)\s*:(?!:)/g)) into.literals.add(match[1]!);
  while (i < source.length) {
    const char = source[i]!;
    const next = source[i + 1];
    if (char === '/' && next === '/') i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (char === '/' && next === '*') i = source.indexOf('*/', i) === -1 ? source.length : source.indexOf('*/', i) + 2;
    else if (char === "'" || char === '"') into.literals.add(readQuoted(char));
    else if (char === '`') {
      readTemplate();
      i += 1;
    } else i += 1;
  }
  return into;
}

export function readCodeStrings(root: string): CodeStrings {
  const strings: CodeStrings = { literals: new Set(), templates: [] };
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) stringsOf(readFileSync(path, 'utf8'), strings);
    }
  };
  visit(root);
  return strings;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function keyIsUsed(namespace: string, key: string, strings: CodeStrings, patterns = compile(strings)): boolean {
  const built = (text: string, depth: number): boolean =>
    patterns.some((pattern) => {
      const match = pattern.exec(text);
      return match !== null && match.slice(1).every((hole) => hole !== undefined && filled(hole, depth + 1));
    });
  const filled = (hole: string, depth: number): boolean =>
    /^\d+$/.test(hole) ||
    strings.literals.has(hole) ||
    hole.split('.').every((part) => strings.literals.has(part)) ||
    (depth < 3 && built(hole, depth));
  // An i18next context (`title_self` for `t('title', { context: 'self' })`) counts as its key.
  const context = /^(.+)_([a-z]+)$/.exec(key);
  const keys = context && strings.literals.has(context[2]!) ? [key, context[1]!] : [key];
  return keys.flatMap((candidate) => [candidate, `${namespace}:${candidate}`]).some((candidate) => strings.literals.has(candidate) || built(candidate, 0));
}

export function compile(strings: CodeStrings): RegExp[] {
  return strings.templates
    .filter((parts) => parts.some((part) => /[\w-]\.|\.[\w-]|:/.test(part)) || parts.length === 2)
    .map((parts) => new RegExp(`^${parts.map(escape).join('(.+?)')}$`));
}
