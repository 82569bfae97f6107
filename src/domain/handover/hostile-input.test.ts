// Whatever a QR code, a file or a paste may hold — noise, a damaged code, a forged envelope
// around hostile JSON — opening it never throws and never yields anything but a valid profile
// or a named refusal. Ten thousand inputs per property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProfileText } from '../profile';
import { aHousehold } from '../testing/household-builder';
import { toBase45 } from './base45';
import { ENVELOPE_PREFIX, open, seal } from './envelope';
import { openProfile } from './profile-handover';

const RUNS = 10_000;
const ERRORS = ['not-carnet', 'damaged', 'code-needed', 'wrong-code', 'too-large', 'not-a-profile', 'invalid-profile'];
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

async function expectCleanOutcome(text: string): Promise<void> {
  const result = await openProfile(text);
  if (result.ok) expect(result.profile.format).toBe('carnet-profile');
  else expect(ERRORS).toContain(result.error);
}

describe('hostile input to the QR decoder and the import', { timeout: 60_000 }, () => {
  it('refuses any text that is not an envelope, whatever its characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        fc.pre(!text.trim().startsWith(ENVELOPE_PREFIX));
        expect(await openProfile(text)).toEqual({ ok: false, error: 'not-carnet' });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses forged envelopes: random Base45, kinds, flags and bodies', async () => {
    const forged = fc.oneof(
      fc.string({ unit: fc.constantFrom(...BASE45), maxLength: 300 }).map((body) => ENVELOPE_PREFIX + body),
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 200 })).map(
        ([kind, flags, body]) => ENVELOPE_PREFIX + toBase45(Uint8Array.from([kind, flags, ...body])),
      ),
    );
    await fc.assert(fc.asyncProperty(forged, expectCleanOutcome), { numRuns: RUNS });
  });

  it('refuses a real code with characters changed, cut or added', async () => {
    const genuine = await seal('profile', aHousehold('2026-11-22').inWallonia().belgian().aged(40).earning(['employment', 1800]).build());
    const damaged = fc.oneof(
      fc.tuple(fc.nat(), fc.constantFrom(...BASE45)).map(([at, char]) => {
        const i = ENVELOPE_PREFIX.length + (at % (genuine.length - ENVELOPE_PREFIX.length));
        return genuine.slice(0, i) + char + genuine.slice(i + 1);
      }),
      fc.nat().map((cut) => genuine.slice(0, ENVELOPE_PREFIX.length + (cut % (genuine.length - ENVELOPE_PREFIX.length)))),
      fc.string({ unit: fc.constantFrom(...BASE45), minLength: 1, maxLength: 20 }).map((extra) => genuine + extra),
    );
    await fc.assert(fc.asyncProperty(damaged, expectCleanOutcome), { numRuns: RUNS });
  });

  it('refuses any JSON that is not a valid profile, even inside a well-formed envelope', async () => {
    const before = JSON.stringify(Object.prototype);
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.record({ format: fc.constant('carnet-profile'), version: fc.constant(1), household: fc.jsonValue() }),
      fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "format": "carnet-profile", "version": 1, "household": {"members": []}}')),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (value) => {
        const result = await openProfile(await seal('profile', value));
        if (result.ok) expect(result.profile.household.members.length).toBeGreaterThan(0);
        else expect(['invalid-profile', 'damaged']).toContain(result.error);
      }),
      { numRuns: RUNS },
    );
    expect(JSON.stringify(Object.prototype)).toBe(before);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses any text given as a profile file without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json()), (text) => {
        const read = readProfileText(text);
        if (!read.ok) expect(read.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses more than a megabyte before decoding it', async () => {
    expect(await open(ENVELOPE_PREFIX + '0'.repeat(1_700_000))).toEqual({ ok: false, error: 'too-large' });
    const huge = aHousehold().build();
    expect(await openProfile(await seal('profile', { ...huge, filler: 'x'.repeat(1_100_000) }))).toEqual({ ok: false, error: 'too-large' });
    expect(readProfileText(JSON.stringify({ ...huge, filler: 'x'.repeat(1_100_000) }))).toMatchObject({ ok: false, issues: [{ code: 'too-large' }] });
  });

  it('opens a locked code only with its own digits, whatever is tried', async () => {
    const locked = await seal('profile', aHousehold().build(), '246810');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 8 }), async (code) => {
        fc.pre(code !== '246810');
        const result = await openProfile(locked, code);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 25 },
    );
    expect((await openProfile(locked, '246810')).ok).toBe(true);
  });
});
