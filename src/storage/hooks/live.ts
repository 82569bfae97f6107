// Live queries: the screens re-render when the data they show changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { listHouseholds, getHousehold, type HouseholdList } from '../repositories/households';
import { listClaims } from '../repositories/claims';
import { listNotices } from '../repositories/notices';
import { listShares } from '../repositories/share-log';
import { listAnswers } from '../repositories/answers';
import { listHelpPoints } from '../repositories/help-points';
import type { AnswerRow, ClaimRow, HelpPointRow, HouseholdRow, NoticeRow, ShareRow } from '../records';

/** `undefined` while loading; `null` when the household does not exist (or cannot be read). */
export function useHousehold(id: string | undefined): HouseholdRow | null | undefined {
  return useLiveQuery(async () => (id ? ((await getHousehold(id)) ?? null) : null), [id]);
}

export function useHouseholds(): HouseholdList | undefined {
  return useLiveQuery(listHouseholds, []);
}

export function useClaims(householdId: string | undefined): ClaimRow[] | undefined {
  return useLiveQuery(async () => (householdId ? listClaims(householdId) : []), [householdId]);
}

export function useNotices(householdId: string | undefined): NoticeRow[] | undefined {
  return useLiveQuery(async () => (householdId ? listNotices(householdId) : []), [householdId]);
}

export function useShares(householdId: string | undefined): ShareRow[] | undefined {
  return useLiveQuery(async () => (householdId ? listShares(householdId) : []), [householdId]);
}

export function useAnswers(householdId: string | undefined): AnswerRow[] | undefined {
  return useLiveQuery(async () => (householdId ? listAnswers(householdId) : []), [householdId]);
}

export function useHelpPoints(): HelpPointRow[] | undefined {
  return useLiveQuery(listHelpPoints, []);
}
