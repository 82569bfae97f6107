import { describe, expect, it } from 'vitest';
import { unknown, yes } from '../rights/engine/check';
import { CATALOGUE } from '../rights/catalogue/catalogue';
import type { Catalogue } from '../rights/engine/evaluate';
import { aHousehold } from './household-builder';
import { contradictory, maybesSettledByForgetting } from './forget-answer';

/** A rule that breaks the property on purpose: "yes" only while the birth date is not known. */
const careless: Catalogue = {
  version: 'test',
  rights: [{ ...CATALOGUE.rights[0]!, evaluate: ({ facts }) => ({ check: facts.self.member.birthDate ? unknown([]) : yes() }) }],
};

describe('forgetting one answer', () => {
  it('reports a right whose "maybe" an answer forgotten settles', () => {
    const profile = aHousehold().aged(40).build();
    expect(maybesSettledByForgetting(profile, '2026-11-22', 'birthDate', 0, careless)).toEqual([{ id: careless.rights[0]!.id, after: 'eligible' }]);
    expect(maybesSettledByForgetting(profile, '2026-11-22', 'postalCode', 0, careless)).toEqual([]);
  });

  it('calls a child under ten in secondary school contradictory, and one in primary school not', () => {
    const pupil = (schoolLevel: 'primary' | 'secondary') => aHousehold('2026-11-22').withChild({ age: 8, schoolLevel }).build();
    expect(contradictory(pupil('secondary'), '2026-11-22')).toBe(true);
    expect(contradictory(pupil('primary'), '2026-11-22')).toBe(false);
  });
});
