import { describe, expect, it } from 'vitest';
import type { Member } from '../../profile';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ID = 'vl-school-allowance';
type Child = Partial<Pick<Member, 'birthDate' | 'schoolLevel' | 'schoolCommunity'>> & { age?: number };
const pupil = (child: Child = {}) => ({ age: 7, schoolLevel: 'primary' as const, schoolCommunity: 'vl' as const, incomes: [], ...child });
const flemish = () => aHousehold().inFlanders().belgian().aged(35).statusesComplete().earning(['employment', 1800]);
const at = (profile: ReturnType<typeof flemish>) => evaluateRight(ID, profile.build());

describe('schooltoeslag, Groeipakket (vl-school-allowance)', () => {
  it('asks to confirm with the Groeipakket payer for a child in Flemish education, as the income thresholds are not known', () => {
    const result = at(flemish().withChild(pupil()));
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [], automatic: true, receiving: false });
    expect(reasonKeys(result)).toContain('schoolAllowance.incomeThresholdUnknown');
  });

  it('starts at 3 years, the day of the third birthday', () => {
    expect(at(flemish().withChild(pupil({ age: undefined, birthDate: '2023-11-22', schoolLevel: 'nursery' }))).status).toBe('maybe');
    const two = at(flemish().withChild(pupil({ age: undefined, birthDate: '2023-11-23', schoolLevel: 'nursery' })));
    expect(two.status).toBe('not-eligible');
    expect(reasonKeys(two)).toContain('schoolAllowance.noPupil');
  });

  it('shows the kleutertoeslag of a 3- or 4-year-old in kindergarten as indicative', () => {
    const toddler = at(flemish().withChild(pupil({ age: 4, schoolLevel: 'nursery' })));
    expect(toddler.reasons).toContainEqual({ key: 'schoolAllowance.toddlerAmountIndicative', values: { amount: { amount: 132.6, per: 'year' } } });
    expect(toddler.estimate).toBeUndefined();
    expect(reasonKeys(at(flemish().withChild(pupil({ age: 5, schoolLevel: 'nursery' }))))).not.toContain('schoolAllowance.toddlerAmountIndicative');
  });

  it.each([
    ['a school of the French Community', { schoolCommunity: 'fwb' }],
    ['higher education', { schoolLevel: 'higher', age: 19 }],
    ['no school', { schoolLevel: 'none' }],
  ] as [string, Child][])('is not for a child in %s', (_, child) => {
    expect(at(flemish().withChild(pupil(child))).status).toBe('not-eligible');
  });

  it.each(['schoolCommunity', 'schoolLevel', 'birthDate'] as const)('asks the child’s %s when it is not known', (field) => {
    const child: Record<string, unknown> = pupil(field === 'birthDate' ? { age: undefined } : {});
    delete child[field];
    const result = evaluateRight(ID, flemish().withChild(child).build());
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain(`household.members[1].${field}`);
  });

  it('is a question for the payer for a Brussels child in a Flemish school', () => {
    const result = evaluateRight(ID, aHousehold().inBrussels().withChild(pupil()).build());
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('schoolAllowance.brusselsAsk');
  });

  it('is not for a household in Wallonia or the German-speaking Community', () => {
    expect(evaluateRight(ID, aHousehold().inWallonia().withChild(pupil()).build()).status).toBe('not-eligible');
    expect(evaluateRight(ID, aHousehold().inGermanSpeakingCommunity().withChild(pupil()).build()).status).toBe('not-eligible');
  });

  it('is not for a household without children', () => {
    expect(reasonKeys(at(flemish()))).toContain('schoolAllowance.noPupil');
  });

  it('asks the postal code when the region is not known', () => {
    expect(evaluateRight(ID, aHousehold().withChild(pupil()).build())).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
  });
});
