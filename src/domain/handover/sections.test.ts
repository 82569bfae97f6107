import { describe, expect, it } from 'vitest';
import { aHousehold } from '../testing/household-builder';
import { CATALOGUE } from '../rights/catalogue/catalogue';
import { readProfile } from '../profile';
import { keepSections, sectionsNeededBy, SECTIONS } from './sections';

const ON = '2026-11-22';
const family = () =>
  aHousehold(ON).inBrussels().belgian().aged(30).statusesComplete().earning(['child-benefit', 450]).withChild({ age: 4 }).living('private-rent', { monthlyRent: 750, heating: 'natural-gas' }).build();

describe('sections of a handover', () => {
  it('keep only who lives together when nothing is chosen', () => {
    const kept = keepSections(family(), []);
    expect(kept.household).toEqual({ members: [{ id: 'm1', relation: 'self' }, { id: 'm2', relation: 'child' }] });
    expect(readProfile(kept).ok).toBe(true);
  });

  it('carry the chosen sections and nothing else', () => {
    const kept = keepSections(family(), ['incomes', 'housing']);
    expect(kept.household.housing).toEqual({ tenure: 'private-rent', monthlyRent: 750, heating: 'natural-gas' });
    expect(kept.household.members[0]?.incomes).toEqual([{ kind: 'child-benefit', monthly: 450 }]);
    expect(kept.household.postalCode).toBeUndefined();
    expect(kept.household.members[0]?.birthDate).toBeUndefined();
  });

  it('carry the whole profile, unknown fields included, when every section is chosen', () => {
    const profile = { ...family(), note: 'from a newer Carnet' };
    expect(keepSections(profile, SECTIONS)).toEqual(profile);
  });

  it('tick for a right what its answer depends on', () => {
    const needed = sectionsNeededBy(family(), 'be-integration-income', ON, CATALOGUE);
    expect(needed).toEqual(expect.arrayContaining(['incomes', 'residence', 'ages']));
    expect(needed).not.toContain('school');
    expect(sectionsNeededBy(family(), 'bru-rent-allowance', ON, CATALOGUE)).toContain('housing');
  });
});
