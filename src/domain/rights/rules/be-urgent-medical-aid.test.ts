import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const person = (residence: 'belgian' | 'eu' | 'residence-permit' | 'asylum-seeker' | 'undocumented') =>
  aHousehold().inBrussels().aged(30).person({ residence }).earning();

describe('aide médicale urgente (be-urgent-medical-aid)', () => {
  it('is for a person staying without papers, through the CPAS, confidentially', () => {
    const result = evaluateRight('be-urgent-medical-aid', person('undocumented').build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false, missing: [] });
    expect(reasonKeys(result)).toEqual(['amu.undocumented', 'amu.paidToProviders', 'amu.confidential']);
  });

  it('is for an undocumented member of a household whose other members have papers', () => {
    const profile = person('belgian').withPartner({ age: 30, residence: 'undocumented' }).build();
    expect(evaluateRight('be-urgent-medical-aid', profile).status).toBe('eligible');
  });

  it('is not for asylum seekers, who are cared for by Fedasil', () => {
    const result = evaluateRight('be-urgent-medical-aid', person('asylum-seeker').build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('amu.asylumSeekersFedasil');
  });

  it.each(['belgian', 'eu', 'residence-permit'] as const)('is not for a person whose residence is %s', (residence) => {
    const result = evaluateRight('be-urgent-medical-aid', person(residence).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toEqual(['amu.notUndocumented']);
  });

  it('asks the residence of every member whose residence is not known', () => {
    const profile = aHousehold().person({ residence: 'belgian' }).withChild({ age: 4 }).build();
    expect(evaluateRight('be-urgent-medical-aid', profile)).toMatchObject({ status: 'maybe', missing: ['household.members[1].residence'] });
  });

  it('always asks for a medical certificate and lists what the CPAS checks', () => {
    const result = evaluateRight('be-urgent-medical-aid', person('undocumented').build());
    expect(result.worthAsking).toEqual(['amu.medicalCertificate', 'amu.stateOfNeed', 'amu.reimbursableCare']);
  });
});
