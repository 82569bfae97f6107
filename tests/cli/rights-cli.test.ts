import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import example from '../../src/domain/profile/fixtures/contract-example.json';
import { CATALOGUE, evaluateRights } from '../../src/domain/rights';
import { readProfile } from '../../src/domain/profile';
import { runRights } from './run-rights';

const folder = mkdtempSync(join(tmpdir(), 'carnet-cli-'));
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const valid = file('valid.json', JSON.stringify(example));

describe('the rights command', () => {
  it('prints every catalogue right in order, with reasons in the language asked', () => {
    const fr = runRights([valid, '--date', '2026-11-22', '--lang', 'fr']);
    expect(fr.status).toBe(0);
    expect(fr.stderr).toBe('');
    const output = JSON.parse(fr.stdout);
    expect(output).toMatchObject({ catalogueVersion: CATALOGUE.version, asOf: '2026-11-22' });
    expect(output.results.map((r: { id: string }) => r.id)).toEqual(CATALOGUE.rights.map((r) => r.id));
    const nl = JSON.parse(runRights([valid, '--date', '2026-11-22', '--lang', 'nl']).stdout);
    const reasonsFr = output.results.flatMap((r: { reasons: string[] }) => r.reasons);
    const reasonsNl = nl.results.flatMap((r: { reasons: string[] }) => r.reasons);
    expect(reasonsFr.length).toBeGreaterThan(0);
    expect(reasonsNl).not.toEqual(reasonsFr);
  });

  it('gives the same answers as the engine in the app', () => {
    const output = JSON.parse(runRights([valid, '--date', '2025-03-15']).stdout);
    const read = readProfile(example);
    if (!read.ok) throw new Error('fixture');
    const engine = evaluateRights(read.profile, '2025-03-15', CATALOGUE).results;
    expect(output.results.map((r: { status: string }) => r.status)).toEqual(engine.map((r) => r.status));
    expect(output.results.map((r: { missing: string[] }) => r.missing)).toEqual(engine.map((r) => r.missing));
  });

  it.each([
    ['not JSON', '{"format": "carnet-profile",', /lisible/],
    ['another kind of file', JSON.stringify({ ...example, format: 'vcard' }), /format/],
    ['an impossible date', JSON.stringify({ ...example, household: { ...example.household, members: [{ id: 'm1', relation: 'self', birthDate: '1990-02-30' }] } }), /household\.members\[0\]\.birthDate/],
    ['a field of the wrong type', JSON.stringify({ ...example, household: { ...example.household, postalCode: 4000 } }), /household\.postalCode/],
    ['a newer version', JSON.stringify({ ...example, version: 2 }), /version plus récente/],
  ])('refuses %s with status 2 and one line naming the problem', (_, content, message) => {
    const run = runRights([file('bad.json', content)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it.each([
    [['--date', '2026-02-30'], /--date/],
    [['--lang', 'xx'], /--lang/],
    [['--colour'], /--colour/],
    [[join(folder, 'nowhere.json')], /nowhere\.json/],
  ])('refuses the arguments %j with status 2 and one line', (args, message) => {
    const run = runRights(args.includes('--date') || args.includes('--lang') || args.includes('--colour') ? [valid, ...args] : args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('reads one profile per line and answers one line each, carrying on after a bad line', () => {
    const lines = [JSON.stringify(example), 'not json', '', JSON.stringify({ ...example, version: 9 }), JSON.stringify(example)].join('\n');
    const run = runRights(['--date', '2026-11-22'], lines);
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(4);
    expect(out[0].results).toHaveLength(CATALOGUE.rights.length);
    expect(out[1]).toMatchObject({ line: 2, error: expect.any(String) });
    expect(out[2]).toMatchObject({ line: 4, error: expect.stringMatching(/version/) });
    expect(out[3].asOf).toBe('2026-11-22');
  });
});
