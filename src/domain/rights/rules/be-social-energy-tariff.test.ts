import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const adult = () => aHousehold().inWallonia().belgian().aged(40).statusesComplete();

describe('tarif social énergie (be-social-energy-tariff)', () => {
  it.each(['integration-income', 'social-aid', 'disability-allowance', 'grapa'] as const)('follows automatically from %s', (kind) => {
    expect(evaluateRight('be-social-energy-tariff', adult().earning([kind, 900]).build())).toMatchObject({
      status: 'eligible',
      automatic: true,
    });
  });

  it('is not given by BIM alone since July 2023', () => {
    const profile = adult().withStatuses('bim').statusesComplete().earning(['employment', 2400]).living('private-rent', { heating: 'natural-gas' }).build();
    const result = evaluateRight('be-social-energy-tariff', profile);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('energy.bimAloneNotEnough');
  });

  it('says to ask for the revenu d’intégration first when that would open it', () => {
    const profile = adult().earning().living('private-rent', { heating: 'electricity' }).build();
    expect(evaluateRight('be-social-energy-tariff', profile)).toMatchObject({
      status: 'eligible',
      after: ['be-integration-income'],
    });
  });

  it('is a maybe for a social-housing tenant heated with gas, whose boiler may be collective', () => {
    const profile = adult().earning(['employment', 2600]).living('social-rent', { heating: 'natural-gas' }).build();
    const result = evaluateRight('be-social-energy-tariff', profile);
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('energy.collectiveBoiler');
  });

  it('says the household has it when the profile says so', () => {
    expect(evaluateRight('be-social-energy-tariff', aHousehold().withStatuses('social-energy-tariff').build())).toMatchObject({
      status: 'eligible',
      receiving: true,
    });
  });
});
