import { describe, expect, it } from 'vitest';
import { INCOME_KINDS, STATUSES } from './vocabulary';

describe('the contract vocabulary', () => {
  // The engine memoises "someone has status X" and "someone receives income X" in one table.
  it('never uses the same word for a status and an income kind', () => {
    expect(STATUSES.filter((status) => (INCOME_KINDS as readonly string[]).includes(status))).toEqual([]);
  });
});
