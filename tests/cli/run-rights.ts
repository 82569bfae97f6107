// Runs the `rights` command as a user would (through npm's script), capturing its output.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runRights(args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, [TSX, resolve(ROOT, 'src/cli/rights.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
