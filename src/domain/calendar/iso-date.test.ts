import { describe, expect, it } from 'vitest';
import { addDays, ageOn, daysBetween, isIsoDate, monthsBetween, todayIso } from './iso-date';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['25-01-01', false],
    ['2025-12-31', true],
  ])('recognises %s as a real day: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('counts a birthday only once it has come', () => {
    expect(ageOn('1959-11-23', '2025-11-22')).toBe(65);
    expect(ageOn('1959-11-22', '2025-11-22')).toBe(66);
  });

  it('ages a person born on 29 February on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60);
  });

  it('counts whole months, not started ones', () => {
    expect(monthsBetween('2023-01-10', '2024-07-09')).toBe(17);
    expect(monthsBetween('2023-01-10', '2024-07-10')).toBe(18);
    expect(monthsBetween('2024-07-10', '2023-01-10')).toBe(-18);
  });

  it('gives the local day, not the UTC one', () => {
    expect(todayIso(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
  });
});
