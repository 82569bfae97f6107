import { describe, expect, it } from 'vitest';
import { createLock, isAcceptableSecret, openJson, PBKDF2_ITERATIONS, retryDelayMs, sealJson, unlock } from './lock';

describe('the PIN lock', () => {
  it('derives its key at OWASP’s current PBKDF2-SHA256 iteration count', async () => {
    const { record } = await createLock('482913');
    expect(record.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(record)).not.toContain('482913');
  });

  it('opens with the right PIN only', async () => {
    const { record } = await createLock('482913');
    expect(await unlock(record, '482914')).toBeUndefined();
    expect(await unlock(record, '482913')).toBeDefined();
  });

  it('seals a household so that nothing of it reads in clear, and gives it back whole', async () => {
    const { key } = await createLock('un mot de passe');
    const household = { name: 'Amina', incomes: [{ kind: 'child-benefit', monthly: 450 }], residence: 'refugee' };
    const sealed = await sealJson(key, household);
    for (const word of ['Amina', 'child-benefit', 'refugee', '450']) expect(JSON.stringify(sealed)).not.toContain(word);
    expect(await openJson(key, sealed)).toEqual(household);
    const { key: other } = await createLock('un autre mot de passe');
    expect(await openJson(other, sealed)).toBeUndefined();
    expect(await openJson(key, { ...sealed, data: sealed.data.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) })).toBeUndefined();
  });

  it('accepts a PIN of 6 digits or more, or a passphrase of 8 characters or more', async () => {
    expect(isAcceptableSecret('123456')).toBe(true);
    expect(isAcceptableSecret('12345')).toBe(false);
    expect(isAcceptableSecret('soleil du matin')).toBe(true);
    expect(isAcceptableSecret('soleil')).toBe(false);
    await expect(createLock('1234')).rejects.toThrow();
  });

  it('makes each wrong try wait longer, up to an hour, and never locks out', () => {
    const delays = Array.from({ length: 15 }, (_, failures) => retryDelayMs(failures));
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    expect(delays[3]).toBe(30_000);
    for (let i = 4; i < delays.length; i += 1) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(3_600_000);
  });

  it('refuses every PIN, without throwing, when the lock record was damaged', async () => {
    const { record } = await createLock('482913');
    expect(await unlock({ ...record, salt: '%%% not base64' }, '482913')).toBeUndefined();
    expect(await unlock({ ...record, iterations: -1 }, '482913')).toBeUndefined();
    expect(await unlock({ ...record, check: { iv: record.check.iv, data: 'AAAA' } }, '482913')).toBeUndefined();
  });
});
