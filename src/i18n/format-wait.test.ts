import { describe, expect, it } from 'vitest';
import { formatWait } from './format-wait';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('a wait in words', () => {
  it('says seconds under a minute and whole minutes above, rounded up, in the reader’s language', () => {
    expect(plain(formatWait(30_000, 'fr'))).toBe('30 secondes');
    expect(plain(formatWait(61_000, 'fr'))).toBe('2 minutes');
    expect(plain(formatWait(300_000, 'nl'))).toBe('5 minuten');
    expect(formatWait(29_001, 'ar')).toContain('30');
  });
});
