// The `rights` command (../shared/contract/profile.md):
//   npm run --silent rights -- PROFILE.json [--date YYYY-MM-DD] [--lang fr|nl|de|en|ar|tr|uk]
//   npm run --silent rights -- [--date …] < profiles.ndjson
// Invalid input exits with status 2 and one clear line on stderr naming the field; in NDJSON
// mode a bad line gives {"error": …, "line": N} and the run goes on. Never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { isIsoDate, todayIso } from '../domain/calendar/iso-date';
import { MAX_PROFILE_BYTES, readProfileText, type ProfileIssue } from '../domain/profile';
import { CATALOGUE, evaluateRights } from '../domain/rights';
import type { Translate } from '../i18n/render-reason';
import { CLI_LANGUAGES, cliTexts, type CliLanguage } from './cli-texts';
import { renderEvaluation } from './render-result';

interface Options {
  file?: string;
  date: string;
  language: CliLanguage;
}

class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string> = {},
  ) {
    super(key);
  }
}

function parseArguments(args: string[]): Options {
  const options: Options = { date: todayIso(), language: 'fr' };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = () => {
      const next = args[i + 1];
      if (next === undefined) throw new UsageError('cli.missingValue', { option: arg });
      i += 1;
      return next;
    };
    if (arg === '--date') {
      const date = value();
      if (!isIsoDate(date)) throw new UsageError('cli.badDate', { value: date });
      options.date = date;
    } else if (arg === '--lang') {
      const language = value();
      if (!(CLI_LANGUAGES as readonly string[]).includes(language)) throw new UsageError('cli.badLanguage', { value: language });
      options.language = language as CliLanguage;
    } else if (arg.startsWith('-')) {
      throw new UsageError('cli.unknownOption', { option: arg });
    } else if (options.file === undefined) {
      options.file = arg;
    } else {
      throw new UsageError('cli.oneFile');
    }
  }
  return options;
}

function describeIssue(issue: ProfileIssue, t: Translate): string {
  const field = issue.path || t('errors:cli.document');
  return t(`errors:issue.${issue.code}`, { field, received: issue.received ?? '', expected: issue.expected ?? '' });
}

function evaluateText(text: string, options: Options, t: Translate): { output?: unknown; error?: string } {
  const read = readProfileText(text);
  if (!read.ok) return { error: read.issues.map((issue) => describeIssue(issue, t)).join(' ') };
  return { output: renderEvaluation(evaluateRights(read.profile, options.date, CATALOGUE), t, options.language) };
}

async function runFile(file: string, options: Options, t: Translate): Promise<number> {
  let text: string;
  try {
    if (statSync(file).size > MAX_PROFILE_BYTES) {
      process.stderr.write(`${t('errors:issue.too-large')}\n`);
      return 2;
    }
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`${t('errors:cli.fileNotFound', { file })}\n`);
    return 2;
  }
  const { output, error } = evaluateText(text, options, t);
  if (error !== undefined) {
    // One line, whatever the number of issues: the first names the field to fix.
    process.stderr.write(`${error.split('\n')[0]}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

async function runLines(options: Options, t: Translate): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    const { output, error } = evaluateText(line, options, t);
    process.stdout.write(`${JSON.stringify(error !== undefined ? { error, line: number } : output)}\n`);
  }
  return 0;
}

async function main(args: string[]): Promise<number> {
  let options: Options;
  const fallback = await cliTexts('fr');
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${fallback.t(`errors:${error.key}`, error.values)}\n`);
    return 2;
  }
  const texts = await cliTexts(options.language);
  const t = texts.t.bind(texts) as unknown as Translate;
  if (options.file !== undefined) return runFile(options.file, options, t);
  if (process.stdin.isTTY) {
    process.stderr.write(`${t('errors:cli.usage')}\n`);
    return 2;
  }
  return runLines(options, t);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, no stack trace.
    process.stderr.write(`carnet rights: internal error (${error instanceof Error ? error.message : String(error)})\n`);
    process.exitCode = 1;
  },
);
