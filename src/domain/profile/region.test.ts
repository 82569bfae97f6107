import { describe, expect, it } from 'vitest';
import { regionFromPostalCode, regionOf } from './region';

describe('region of a household', () => {
  it.each([
    ['1000', 'brussels'],
    ['1210', 'brussels'],
    ['1299', 'brussels'],
    ['1300', 'wallonia'],
    ['1348', 'wallonia'],
    ['1500', 'flanders'],
    ['2000', 'flanders'],
    ['3500', 'flanders'],
    ['4000', 'wallonia'],
    ['4690', 'wallonia'],
    ['4700', 'german-speaking'],
    ['4780', 'german-speaking'],
    ['4800', 'wallonia'],
    ['5000', 'wallonia'],
    ['6700', 'wallonia'],
    ['7500', 'wallonia'],
    ['8000', 'flanders'],
    ['9000', 'flanders'],
  ])('places postal code %s in %s', (postalCode, region) => {
    expect(regionFromPostalCode(postalCode)).toBe(region);
  });

  it('knows no region for a code that is not Belgian', () => {
    expect(regionFromPostalCode('0500')).toBeUndefined();
    expect(regionFromPostalCode('75001')).toBeUndefined();
  });

  it('lets an explicit region override the postal code', () => {
    expect(regionOf({ postalCode: '1000', region: 'flanders' })).toBe('flanders');
    expect(regionOf({ postalCode: '4700' })).toBe('german-speaking');
    expect(regionOf({})).toBeUndefined();
  });
});
