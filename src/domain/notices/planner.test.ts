import { describe, expect, it } from 'vitest';
import { aHousehold } from '../testing/household-builder';
import { CATALOGUE, type Catalogue } from '../rights';
import { planNotices, type PlannerInput } from './planner';
import type { NoticeState } from './notice';

const TODAY = '2026-11-22';
// A single Belgian in Brussels without income: the revenu d'intégration (on request) is likely.
const noIncome = () => aHousehold().inBrussels().belgian().aged(30).statusesComplete().earning().living('private-rent', { heating: 'natural-gas' }).build();

function plan(overrides: Partial<PlannerInput> = {}) {
  return planNotices({ profile: noIncome(), claims: [], notices: [], catalogue: CATALOGUE, today: TODAY, ...overrides });
}

const stored = (key: string, createdOn: string, extra: Partial<NoticeState> = {}): NoticeState => ({ key, kind: key.split(':')[0]!, rightId: key.split(':')[1], createdOn, ...extra });

describe('the notice planner', () => {
  it('tells about a right probably due and not asked for, with its monthly value, most valuable first', () => {
    const { notices } = plan();
    expect(notices[0]).toMatchObject({ key: 'unclaimed:be-integration-income', kind: 'unclaimed', rightId: 'be-integration-income', params: { monthly: 1314.2 } });
  });

  it('says nothing about a right already asked for, received, refused or not wanted', () => {
    for (const status of ['asked', 'receiving', 'refused', 'not-for-me'] as const) {
      const { notices } = plan({ claims: [{ rightId: 'be-integration-income', status, since: '2026-11-20' }] });
      expect(notices.map((n) => n.rightId), status).not.toContain('be-integration-income');
    }
  });

  it('never repeats a notice already given', () => {
    const first = plan().notices[0]!;
    const again = plan({ notices: [stored(first.key, '2026-11-01')] });
    expect(again.notices.map((n) => n.key)).not.toContain(first.key);
  });

  it('gives no more than three notices in any seven days, the most useful first', () => {
    expect(plan().notices.length).toBeLessThanOrEqual(3);
    const busy = [stored('unclaimed:be-bim', '2026-11-20'), stored('unclaimed:be-legal-aid', '2026-11-18')];
    expect(plan({ notices: busy }).notices).toHaveLength(1);
    const full = [...busy, stored('unclaimed:fwb-article-27', '2026-11-16')];
    expect(plan({ notices: full }).notices).toHaveLength(0);
    const weekOld = full.map((n) => ({ ...n, createdOn: '2026-11-15' }));
    expect(plan({ notices: weekOld }).notices.length).toBeGreaterThan(0);
  });

  it('asks whether a request got an answer four weeks later, before anything else', () => {
    const { notices } = plan({ claims: [{ rightId: 'be-bim', status: 'asked', since: '2026-10-20' }] });
    expect(notices[0]).toMatchObject({ kind: 'follow-up', rightId: 'be-bim', params: { since: '2026-10-20', weeks: 4 }, eventOn: '2026-10-20' });
    expect(plan({ claims: [{ rightId: 'be-bim', status: 'asked', since: '2026-11-01' }] }).notices.map((n) => n.kind)).not.toContain('follow-up');
  });

  it('asks again after "still waiting", under a new key', () => {
    const claim = { rightId: 'be-bim', status: 'asked' as const, since: '2026-09-01', followUpAfter: '2026-11-20' };
    const first = plan({ claims: [claim] }).notices.find((n) => n.kind === 'follow-up');
    expect(first?.key).toBe('follow-up:be-bim:2026-09-01:2026-11-20');
  });

  it('announces the 60-day deadline of the heating allowance two weeks before it, after a delivery', () => {
    const heated = aHousehold().inWallonia().belgian().aged(70).statusesComplete().withStatuses('bim').statusesComplete().earning(['pension', 1000]).heatedWith('heating-oil').build();
    const delivery = { rightId: 'be-heating-allowance', status: 'not-asked' as const, delivery: '2026-10-10' };
    const before = planNotices({ profile: heated, claims: [delivery], notices: [], catalogue: CATALOGUE, today: '2026-10-20' });
    expect(before.notices.map((n) => n.kind)).not.toContain('deadline');
    const due = planNotices({ profile: heated, claims: [delivery], notices: [], catalogue: CATALOGUE, today: '2026-11-25' });
    expect(due.notices[0]).toMatchObject({ kind: 'deadline', params: { deadline: '2026-12-09' }, eventOn: '2026-12-09' });
    const late = planNotices({ profile: heated, claims: [delivery], notices: [], catalogue: CATALOGUE, today: '2026-12-10' });
    expect(late.notices.map((n) => n.kind)).not.toContain('deadline');
  });

  it('calls a right new when it was not probably due at the last planning, saying why', () => {
    const snapshot = { catalogueVersion: CATALOGUE.version, eligible: [], takenOn: '2026-11-01' };
    expect(plan({ snapshot }).notices[0]).toMatchObject({ kind: 'new-right', params: { because: 'household' } });
    const updated: Catalogue = { ...CATALOGUE, version: '2027.01.0' };
    expect(plan({ snapshot, catalogue: updated }).notices[0]).toMatchObject({ kind: 'new-right', params: { because: 'catalogue' } });
    const seen = { ...snapshot, eligible: plan().snapshot.eligible };
    expect(plan({ snapshot: seen }).notices.map((n) => n.kind)).not.toContain('new-right');
  });

  it('never mentions a right the person said not to remind them about', () => {
    const muted = stored('unclaimed:be-integration-income', '2026-01-01', { dismissed: true, mutesRight: true });
    const { notices } = plan({ notices: [muted], claims: [{ rightId: 'be-integration-income', status: 'asked', since: '2026-09-01' }] });
    expect(notices.map((n) => n.rightId)).not.toContain('be-integration-income');
  });

  it('reminds about a right still not asked for two months after the first notice, not before', () => {
    const first = stored('unclaimed:be-integration-income', '2026-10-01');
    expect(plan({ notices: [first] }).notices.map((n) => n.key)).not.toContain('unclaimed:be-integration-income:reminder:1');
    const older = stored('unclaimed:be-integration-income', '2026-09-20');
    expect(plan({ notices: [older] }).notices.map((n) => n.key)).toContain('unclaimed:be-integration-income:reminder:1');
    expect(plan({ notices: [{ ...older, dismissed: true }] }).notices.map((n) => n.key)).not.toContain('unclaimed:be-integration-income:reminder:1');
  });

  it('tells a 66-year-old before the pension age changes in 2030 what it changes for them', () => {
    // The GRAPA age goes from 66 to 67 on 1 February 2030: someone who turns 66 in January 2030
    // is eligible in January and, evaluated on 1 February, not any more.
    const born = '1963-12-31';
    const profile = aHousehold('2030-01-10').inWallonia().belgian().person({ birthDate: born }).statusesComplete().earning(['pension', 700]).build();
    const { notices } = planNotices({ profile, claims: [], notices: [], catalogue: CATALOGUE, today: '2030-01-10' });
    expect(notices).toContainEqual(expect.objectContaining({ kind: 'change', rightId: 'be-grapa', eventOn: '2030-02-01', params: { on: '2030-02-01', from: 'eligible', to: 'not-eligible' } }));
  });

  it('reminds a family each new school year to ask again for the study allowance', () => {
    const family = aHousehold('2026-08-20')
      .inWallonia()
      .belgian()
      .aged(45)
      .statusesComplete()
      .withSingleParent()
      .earning(['employment', 1100])
      .withChild({ age: 15, schoolLevel: 'secondary', schoolTrack: 'full-time', schoolCommunity: 'fwb', incomes: [] })
      .withTaxableIncome(2024, 14_000)
      .build();
    const { notices } = planNotices({ profile: family, claims: [], notices: [], catalogue: CATALOGUE, today: '2026-08-20' });
    expect(notices.map((n) => n.key)).toContain('renewal:fwb-study-allowance:2026');
  });

  it('does not plan again a notice the person snoozed, even after the snooze', () => {
    const snoozed = stored('unclaimed:be-integration-income', '2026-11-10', { dismissed: false });
    const later = plan({ notices: [snoozed], today: '2026-11-25' });
    expect(later.notices.map((n) => n.key)).not.toContain('unclaimed:be-integration-income');
  });
});
