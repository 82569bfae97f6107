import { describe, expect, it } from 'vitest';
import { aHousehold, TODAY } from '../testing/household-builder';
import { readProfile } from '../profile';
import { applyAnswer, nextQuestions, parseQuestionId, questionForFact, questionId } from './index';

describe('the questionnaire', () => {
  it('names per-person questions with the person, and reads their ids back', () => {
    expect(questionId({ kind: 'incomes', memberId: 'm2' })).toBe('incomes:m2');
    expect(parseQuestionId('incomes:m2')).toEqual({ kind: 'incomes', memberId: 'm2' });
    expect(parseQuestionId('postal-code')).toEqual({ kind: 'postal-code' });
    expect(parseQuestionId('incomes')).toBeUndefined();
    expect(parseQuestionId('postal-code:m1')).toBeUndefined();
    expect(parseQuestionId('nonsense')).toBeUndefined();
  });

  it('finds the question that answers a missing fact', () => {
    const profile = aHousehold().withChild({ age: 3 }).build();
    expect(questionForFact('household.members[1].birthDate', profile)).toEqual({ kind: 'birth-date', memberId: 'm2' });
    expect(questionForFact('household.members[0].statuses', profile)).toEqual({ kind: 'statuses', memberId: 'm1' });
    expect(questionForFact('household.housing.socialHousingApplicationDate', profile)).toEqual({ kind: 'waiting-list' });
    expect(questionForFact('household.members[7].birthDate', profile)).toBeUndefined();
  });

  it('asks who lives in the household first, then what settles the most rights', () => {
    const { questions } = nextQuestions(aHousehold().build(), TODAY, new Set());
    expect(questions[0]?.id).toBe('members');
    const rest = questions.slice(1);
    expect(rest.length).toBeGreaterThan(3);
    for (let i = 1; i < rest.length; i += 1) expect(rest[i - 1]!.rights.length).toBeGreaterThanOrEqual(rest[i]!.rights.length);
  });

  it('does not ask again what was answered, left unknown or skipped', () => {
    const first = nextQuestions(aHousehold().build(), TODAY, new Set(['members']));
    const skipped = first.questions[0]!.id;
    const second = nextQuestions(aHousehold().build(), TODAY, new Set(['members', skipped]));
    expect(second.questions.map((q) => q.id)).not.toContain(skipped);
    expect(second.questions.map((q) => q.id)).not.toContain('members');
  });

  it('stops asking about a fact once it is answered', () => {
    const profile = aHousehold().build();
    const answered = applyAnswer(profile, { kind: 'postal-code' }, { kind: 'postal-code', value: '4000' });
    expect(nextQuestions(answered, TODAY, new Set(['members'])).questions.map((q) => q.id)).not.toContain('postal-code');
  });

  it('writes every kind of answer where the contract puts it, keeping the profile valid', () => {
    let profile = aHousehold().withChild({ age: 10 }).build();
    profile = applyAnswer(profile, { kind: 'birth-date', memberId: 'm1' }, { kind: 'birth-date', value: '1980-02-02' });
    profile = applyAnswer(profile, { kind: 'residence', memberId: 'm1' }, { kind: 'residence', value: 'eu' });
    profile = applyAnswer(profile, { kind: 'incomes', memberId: 'm1' }, { kind: 'incomes', value: [{ kind: 'pension', monthly: 900 }] });
    profile = applyAnswer(profile, { kind: 'statuses', memberId: 'm1' }, { kind: 'statuses', value: ['bim'] });
    profile = applyAnswer(profile, { kind: 'school', memberId: 'm2' }, { kind: 'school', value: { level: 'primary', community: 'fwb' } });
    profile = applyAnswer(profile, { kind: 'tenure' }, { kind: 'tenure', value: 'private-rent' });
    profile = applyAnswer(profile, { kind: 'rent' }, { kind: 'rent', value: 650 });
    profile = applyAnswer(profile, { kind: 'heating' }, { kind: 'heating', value: 'heating-oil' });
    profile = applyAnswer(profile, { kind: 'waiting-list' }, { kind: 'waiting-list', value: { onList: true, since: '2024-01-10' } });
    profile = applyAnswer(profile, { kind: 'debts' }, { kind: 'debts', value: false });
    profile = applyAnswer(profile, { kind: 'taxable-income' }, { kind: 'taxable-income', value: { year: 2025, grossTaxable: 20_000 } });
    profile = applyAnswer(profile, { kind: 'real-estate-income' }, { kind: 'real-estate-income', value: 0 });
    expect(readProfile(profile).ok).toBe(true);
    expect(profile.household.members[0]).toMatchObject({
      birthDate: '1980-02-02',
      residence: 'eu',
      incomes: [{ kind: 'pension', monthly: 900 }],
      statuses: ['bim'],
      statusesComplete: true,
    });
    expect(profile.household.members[1]).toMatchObject({ schoolLevel: 'primary', schoolCommunity: 'fwb' });
    expect(profile.household.housing).toEqual({
      tenure: 'private-rent',
      monthlyRent: 650,
      heating: 'heating-oil',
      onSocialHousingWaitingList: true,
      socialHousingApplicationDate: '2024-01-10',
    });
    expect(profile.household.taxableIncome).toEqual([{ year: 2025, grossTaxable: 20_000 }]);
  });

  it('forgets the application date when the household leaves the waiting list', () => {
    let profile = applyAnswer(aHousehold().build(), { kind: 'waiting-list' }, { kind: 'waiting-list', value: { onList: true, since: '2024-01-10' } });
    profile = applyAnswer(profile, { kind: 'waiting-list' }, { kind: 'waiting-list', value: { onList: false } });
    expect(profile.household.housing).toEqual({ onSocialHousingWaitingList: false });
  });

  it('refuses an answer given to another question', () => {
    expect(() => applyAnswer(aHousehold().build(), { kind: 'rent' }, { kind: 'heating', value: 'wood' })).toThrow();
  });
});
