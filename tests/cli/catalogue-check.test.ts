import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function check(date: string) {
  return spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/catalogue-check.ts', '--date', date], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('catalogue:check', () => {
  it('passes while every figure was checked in the last 12 months', () => {
    const run = check('2026-12-01');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Parameters last checked more than 12 months ago[^:]*: 0/);
  });

  it('lists the figures not checked for more than 12 months, and fails', () => {
    const run = check('2027-12-01');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/- be-bim\.annual-ceiling \(checked 2026-11-22\)/);
    expect(run.stderr).toMatch(/not checked for more than 12 months/);
  });

  it('names the figures past the period their source covers', () => {
    expect(check('2026-12-01').stdout).toMatch(/be-grapa\.single: 1368\.05 until 2022-10-31 \(only rises\)/);
  });
});
