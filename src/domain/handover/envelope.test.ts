import { describe, expect, it } from 'vitest';
import { ENVELOPE_PREFIX, isLocked, newCode, open, seal } from './envelope';
import { toBase45 } from './base45';

const household = { format: 'carnet-profile', version: 1, household: { postalCode: '1080', members: [{ id: 'm1', relation: 'self' }] } };

describe('the envelope between devices', () => {
  it('carries JSON in the alphanumeric characters of a QR code', async () => {
    const text = await seal('profile', household);
    expect(text.startsWith(ENVELOPE_PREFIX)).toBe(true);
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(await open(text)).toEqual({ ok: true, kind: 'profile', value: household });
  });

  it('is compressed: a repetitive household takes far less than its JSON', async () => {
    const big = { ...household, household: { members: Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, relation: 'child', incomes: [] })) } };
    expect((await seal('profile', big)).length).toBeLessThan(JSON.stringify(big).length);
  });

  it('opens with the right six-digit code only', async () => {
    const text = await seal('profile', household, '042917');
    expect(isLocked(text)).toBe(true);
    expect(await open(text)).toEqual({ ok: false, error: 'code-needed' });
    expect(await open(text, '042918')).toEqual({ ok: false, error: 'wrong-code' });
    expect(await open(text, 'abc')).toEqual({ ok: false, error: 'wrong-code' });
    expect(await open(text, '042917')).toEqual({ ok: true, kind: 'profile', value: household });
  });

  it('never shows a household in the clear when it is locked', async () => {
    const text = await seal('profile', household, '123456');
    const plain = await seal('profile', household);
    expect(text).not.toContain(plain.slice(ENVELOPE_PREFIX.length + 3, ENVELOPE_PREFIX.length + 20));
  });

  it('tells what is not Carnet, damaged, or too large to be real', async () => {
    expect(await open('https://example.org')).toEqual({ ok: false, error: 'not-carnet' });
    expect(await open(`${ENVELOPE_PREFIX}abc`)).toEqual({ ok: false, error: 'damaged' });
    const text = await seal('profile', household);
    expect(await open(text.slice(0, -6))).toMatchObject({ ok: false });
    const bomb = await seal('help-point', { filler: 'x'.repeat(2_000_000) });
    expect(await open(bomb)).toEqual({ ok: false, error: 'too-large' });
    expect(await open(ENVELOPE_PREFIX + toBase45(Uint8Array.of(9, 0, 1, 2)))).toEqual({ ok: false, error: 'damaged' });
  });

  it('makes codes of six digits, spread over the whole range', () => {
    const codes = Array.from({ length: 2000 }, newCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((code) => code.startsWith('9'))).toBe(true);
  });
});
