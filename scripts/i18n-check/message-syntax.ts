// The message syntax Carnet's texts use: i18next's — `{{name}}` (optionally `{{name, format}}`),
// plural forms as key suffixes (`_one`, `_other`…), nesting as `$t(key)` — and the `<0>…</0>` or
// `<name>…</name>` tags of react-i18next's <Trans>. A translation must keep the syntax whole and
// use only the values the French source gives it.

const PLACEHOLDER = /{{\s*([\w.]+)\s*(?:,\s*[\w-]+(?:\([^)]*\))?\s*)?}}/g;
const TAG = /<\/?([\w-]+)\s*\/?>/g;

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

export function tags(text: string): string[] {
  return [...text.matchAll(TAG)].map((match) => match[0].replace(/\s+/g, '')).sort();
}

/** What is wrong with the syntax of one text, in words; empty when it is sound. */
export function syntaxErrors(text: string): string[] {
  const errors: string[] = [];
  const withoutPlaceholders = text.replace(PLACEHOLDER, '');
  if (/{{|}}/.test(withoutPlaceholders)) errors.push('a {{placeholder}} is not closed or has a bad name');
  let depth = 0;
  for (const match of text.matchAll(/\$t\(|\)/g)) {
    if (match[0] === '$t(') depth += 1;
    else if (depth > 0) depth -= 1;
  }
  if (depth !== 0) errors.push('a $t( nesting is not closed');
  const open: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const [whole, name] = match;
    if (whole.endsWith('/>')) continue;
    if (whole.startsWith('</')) {
      if (open.pop() !== name) errors.push(`the tag </${name}> closes nothing`);
    } else open.push(name!);
  }
  if (open.length > 0) errors.push(`the tag <${open[0]}> is not closed`);
  return errors;
}
