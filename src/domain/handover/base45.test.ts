import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase45, toBase45 } from './base45';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Base45 (RFC 9285)', () => {
  it('encodes the examples of the RFC', () => {
    expect(toBase45(bytes('AB'))).toBe('BB8');
    expect(toBase45(bytes('Hello!!'))).toBe('%69 VD92EX0');
    expect(toBase45(bytes('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(fromBase45('QED8WEX0'))).toBe('ietf!');
  });

  it('gives back any bytes it encoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(fromBase45(toBase45(data))).toEqual(data);
      }),
    );
  });

  it('refuses a character outside its alphabet, a dangling character and a value too large', () => {
    expect(fromBase45('abc')).toBeUndefined();
    expect(fromBase45('BB8B')).toBeUndefined();
    expect(fromBase45('GGW')).toBeUndefined();
  });
});
