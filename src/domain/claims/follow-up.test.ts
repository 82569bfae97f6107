import { describe, expect, it } from 'vitest';
import { followUpDue, nextFollowUp } from './follow-up';

describe('asking whether a request got an answer', () => {
  it('asks four weeks after the request, not before', () => {
    const claim = { rightId: 'be-bim', status: 'asked' as const, since: '2026-10-01' };
    expect(followUpDue(claim, '2026-10-28')).toBe(false);
    expect(followUpDue(claim, '2026-10-29')).toBe(true);
  });

  it('waits again after "still waiting"', () => {
    const claim = { rightId: 'be-bim', status: 'asked' as const, since: '2026-09-01', followUpAfter: nextFollowUp('2026-11-22') };
    expect(followUpDue(claim, '2026-12-01')).toBe(false);
    expect(followUpDue(claim, '2026-12-20')).toBe(true);
  });

  it('never asks about a right not asked for, received or refused', () => {
    for (const status of ['not-asked', 'receiving', 'refused', 'not-for-me'] as const) {
      expect(followUpDue({ rightId: 'be-bim', status, since: '2020-01-01' }, '2026-11-22')).toBe(false);
    }
  });
});
