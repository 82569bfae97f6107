import { describe, expect, it } from 'vitest';
import { formatBytes, formatDay, formatList, formatMoney } from './format';

// Intl separates thousands with a narrow no-break space in French: compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for the reader', () => {
  it('writes money the Belgian French and Dutch ways', () => {
    expect(plain(formatMoney(1314.2, 'fr'))).toBe('1 314,20 €');
    expect(plain(formatMoney(1314.2, 'nl'))).toBe('€ 1.314,20');
    expect(plain(formatMoney(19, 'fr'))).toBe('19 €');
  });

  it('writes a calendar day without shifting it across time zones', () => {
    expect(formatDay('2026-01-01', 'fr')).toBe('1 janvier 2026');
    expect(formatDay('2026-01-01', 'nl')).toBe('1 januari 2026');
  });

  it('writes storage sizes with local digits and units', () => {
    expect(plain(formatBytes(1_234_567, 'fr'))).toBe('1,2 Mo');
    expect(plain(formatBytes(512, 'nl'))).toBe('512 byte');
  });

  it('joins a list as each language does', () => {
    expect(formatList(['BIM', 'MAF', 'RIS'], 'fr')).toBe('BIM, MAF et RIS');
    expect(formatList(['BIM', 'MAF', 'RIS'], 'nl')).toBe('BIM, MAF en RIS');
    expect(formatList(['أ', 'ب'], 'ar')).toBe('أ وب');
  });
});
