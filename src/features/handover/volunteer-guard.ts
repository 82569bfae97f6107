// A citizen's data never outlives the session on an office's device: it is wiped after a few
// minutes without anyone touching the screen, and at start-up if the tablet was left that long.
import { endSessions, getSettings, sessionHouseholds } from '../../storage';
import { watchIdle } from '../../ui/idle-watch';

export const IDLE_MINUTES = 5;
const IDLE_MS = IDLE_MINUTES * 60_000;

let stopWatching: (() => void) | undefined;

/** Starts the idle timer for a session in progress; `wiped` is told when it ran out. */
export function startIdleWipe(wiped: () => void): void {
  stopWatching?.();
  stopWatching = watchIdle(IDLE_MS, () => {
    void endSessions().then((ended) => {
      if (ended > 0) wiped();
    });
  });
}

export function stopIdleWipe(): void {
  stopWatching?.();
  stopWatching = undefined;
}

/** At start-up on an office device: a session left idle is wiped at once, a live one watched. */
export async function resumeVolunteerGuard(wiped: () => void): Promise<void> {
  if (!(await getSettings()).volunteerMode) return;
  // Read without the households' sealed fields: this runs before the PIN on a locked tablet.
  const sessions = await sessionHouseholds();
  if (sessions.length === 0) return;
  const last = Math.max(...sessions.map((household) => Date.parse(household.updatedAt) || 0));
  if (Date.now() - last > IDLE_MS) {
    await endSessions();
    wiped();
  } else startIdleWipe(wiped);
}
