// A legal figure that changes on a known date can change a household's answer: evaluate the
// household again on each such date ahead and say which rights change.
import { addDays, type IsoDate } from '../calendar/iso-date';
import type { Profile } from '../profile';
import { evaluateRights, type Catalogue, type RightId, type RightResult, type RightStatus } from '../rights';
import { ALL_PARAMETERS } from '../rights/parameters/all-parameters';

export interface UpcomingChange {
  rightId: RightId;
  on: IsoDate;
  from: RightStatus;
  to: RightStatus;
}

/** Days after `today` (within the horizon) on which some figure takes a new value. */
export function changeDays(today: IsoDate, horizonDays: number): IsoDate[] {
  const until = addDays(today, horizonDays);
  const days = new Set<IsoDate>();
  for (const parameter of ALL_PARAMETERS) {
    for (const value of parameter.values) if (value.validFrom > today && value.validFrom <= until) days.add(value.validFrom);
  }
  return [...days].sort();
}

export function upcomingChanges(
  profile: Profile,
  catalogue: Catalogue,
  today: IsoDate,
  now: readonly RightResult[],
  horizonDays: number,
): UpcomingChange[] {
  const changes: UpcomingChange[] = [];
  for (const day of changeDays(today, horizonDays)) {
    const later = evaluateRights(profile, day, catalogue).results;
    later.forEach((result, index) => {
      const before = now[index];
      if (before && before.status !== result.status && !changes.some((c) => c.rightId === result.id)) {
        changes.push({ rightId: result.id, on: day, from: before.status, to: result.status });
      }
    });
  }
  return changes;
}
